// Tests of kernels/ufuncs_trig.h.
