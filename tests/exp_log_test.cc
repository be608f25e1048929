// Tests of kernels/ufuncs_exp_log.h.
