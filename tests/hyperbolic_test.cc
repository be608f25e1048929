// Tests of kernels/ufuncs_hyperbolic.h.
