// Element types a ufunc can be defined for, as a run-time tag (for code that learns types at run
// time) and as a compile-time mapping from C++ types.
#ifndef UFUNC_DTYPE_H_
#define UFUNC_DTYPE_H_

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ufunc {

enum class DType : uint8_t { kFloat32, kFloat64, kInt32, kInt64 };

// NumPy's name for the type: "float32", "float64", "int32", "int64".
constexpr const char* dtype_name(DType t) {
  switch (t) {
    case DType::kFloat32:
      return "float32";
    case DType::kFloat64:
      return "float64";
    case DType::kInt32:
      return "int32";
    case DType::kInt64:
      return "int64";
  }
  return "unknown";
}

constexpr size_t dtype_size(DType t) {
  return (t == DType::kFloat32 || t == DType::kInt32) ? 4 : 8;
}

// True for the C++ types that have a DType.
template <class T>
inline constexpr bool kIsElement = std::is_same_v<T, float> || std::is_same_v<T, double> ||
                                   std::is_same_v<T, int32_t> || std::is_same_v<T, int64_t>;

// dtype_of<double> == DType::kFloat64, and so on.
template <class T>
constexpr DType dtype_of() {
  static_assert(kIsElement<T>, "ufunc: element types are float, double, int32_t and int64_t");
  if constexpr (std::is_same_v<T, float>) return DType::kFloat32;
  if constexpr (std::is_same_v<T, double>) return DType::kFloat64;
  if constexpr (std::is_same_v<T, int32_t>) return DType::kInt32;
  return DType::kInt64;
}

}  // namespace ufunc

#endif  // UFUNC_DTYPE_H_
