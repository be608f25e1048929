// Dims: a shape or a list of strides, up to kMaxRank entries, stored inline (no allocation), so
// that views are cheap to make and copy.
#ifndef UFUNC_DIMS_H_
#define UFUNC_DIMS_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>

#include "ufunc/errors.h"

namespace ufunc {

// NumPy allows 32 dimensions (NPY_MAXDIMS in NumPy 1.x).
inline constexpr int kMaxRank = 32;

class Dims {
 public:
  // User-provided (not defaulted), so that value-initialisation does not zero all 32 entries.
  Dims() {}
  // Copies only the used entries: views are made and copied on every call.
  Dims(const Dims& other) : rank_(other.rank_) {
    for (int i = 0; i < rank_; ++i) v_[i] = other.v_[i];
  }
  Dims& operator=(const Dims& other) {
    rank_ = other.rank_;
    for (int i = 0; i < rank_; ++i) v_[i] = other.v_[i];
    return *this;
  }
  Dims(std::initializer_list<intptr_t> values) {
    for (intptr_t v : values) push_back(v);
  }
  template <class It>
  Dims(It first, It last) {
    for (; first != last; ++first) push_back(static_cast<intptr_t>(*first));
  }
  // `rank` copies of `value`.
  static Dims filled(int rank, intptr_t value) {
    Dims d;
    for (int i = 0; i < rank; ++i) d.push_back(value);
    return d;
  }

  int size() const { return rank_; }
  bool empty() const { return rank_ == 0; }
  intptr_t operator[](int i) const { return v_[i]; }
  intptr_t& operator[](int i) { return v_[i]; }
  const intptr_t* begin() const { return v_; }
  const intptr_t* end() const { return v_ + rank_; }

  // Throws ShapeError beyond kMaxRank.
  void push_back(intptr_t value) {
    if (rank_ == kMaxRank) {
      throw ShapeError("ufunc: more than " + std::to_string(kMaxRank) + " dimensions");
    }
    v_[rank_++] = value;
  }
  void insert(int at, intptr_t value) {
    push_back(0);
    for (int i = rank_ - 1; i > at; --i) v_[i] = v_[i - 1];
    v_[at] = value;
  }
  void erase(int at) {
    for (int i = at; i + 1 < rank_; ++i) v_[i] = v_[i + 1];
    --rank_;
  }

  friend bool operator==(const Dims& a, const Dims& b) {
    if (a.rank_ != b.rank_) return false;
    for (int i = 0; i < a.rank_; ++i) {
      if (a.v_[i] != b.v_[i]) return false;
    }
    return true;
  }
  friend bool operator!=(const Dims& a, const Dims& b) { return !(a == b); }

 private:
  int rank_ = 0;
  intptr_t v_[kMaxRank];  // entries from rank_ on are never read
};

// The product of the dimensions (1 for rank 0).
inline intptr_t num_elements(const Dims& shape) {
  intptr_t n = 1;
  for (intptr_t d : shape) n *= d;
  return n;
}

// A shape as NumPy spells it in error messages: "(3,4)", "(5,)", "()".
std::string shape_string(const Dims& shape);

}  // namespace ufunc

#endif  // UFUNC_DIMS_H_
