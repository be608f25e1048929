// Tests of kernels/ufuncs_compare.h.
