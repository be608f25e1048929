// message_of(f): what f throws (its what()), or "(no exception)"; for tests that check messages
// word for word.
#ifndef UFUNC_TESTS_MESSAGE_OF_H_
#define UFUNC_TESTS_MESSAGE_OF_H_

#include <exception>
#include <string>

namespace ufunc_test {

template <class F>
std::string message_of(F f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no exception)";
}

}  // namespace ufunc_test

#endif  // UFUNC_TESTS_MESSAGE_OF_H_
