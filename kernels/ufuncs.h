// The built-in ufuncs, NumPy's names in namespace ufunc, each defined for float and double (and the
// integer types where NumPy has them) and compiled for every SIMD target:
//
//   #include "kernels/ufuncs.h"
//   std::vector<double> y = ufunc::exp(x);
//   ufunc::Array<double> s = ufunc::add.reduce(m, 0);
//
// They are ordinary ufuncs (ufunc/ufunc.h): they broadcast, take views, outputs and Options, and
// the binary ones reduce. Inside your own lambdas, call the same functions on lanes (exp(x), not
// ufunc::exp). Their accuracy, measured against MPFR, is in docs/accuracy.md.
#ifndef UFUNC_KERNELS_UFUNCS_H_
#define UFUNC_KERNELS_UFUNCS_H_

#include "kernels/ufuncs_arith.h"
#include "kernels/ufuncs_compare.h"
#include "kernels/ufuncs_exp_log.h"
#include "kernels/ufuncs_hyperbolic.h"
#include "kernels/ufuncs_integer.h"
#include "kernels/ufuncs_trig.h"

#endif  // UFUNC_KERNELS_UFUNCS_H_
