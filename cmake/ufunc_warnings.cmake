# Warnings every target of this project builds clean with.
function(ufunc_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_SYSTEM_PROCESSOR MATCHES "aarch64|arm64")
    # GCC notes on aarch64 that passing std::pair changed ABI in GCC 10.1: nothing here links code
    # built by older compilers, and two-output kernels would print it dozens of times.
    target_compile_options(${target} PRIVATE -Wno-psabi)
  endif()
endfunction()
