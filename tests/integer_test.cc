// Tests of kernels/ufuncs_integer.h.
