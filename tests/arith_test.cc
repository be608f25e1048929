// Tests of kernels/ufuncs_arith.h.
