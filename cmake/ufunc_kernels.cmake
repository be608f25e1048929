# ufunc_add_kernels(<target> FILES <file>...)
#
# Adds kernel files (files that #include "ufunc/define.h") to <target> and compiles them the way the
# library's results are specified: without floating-point contraction, so `a * b + c` rounds twice on
# every target instead of becoming an FMA on AVX2/AVX-512/NEON only (write muladd() for a fused
# operation), and with loops aligned to 32 bytes, so that a short vector loop's speed does not hang on
# where the linker happens to place it (docs/defining-ufuncs.md). <target> must link ufunc::ufunc,
# which brings Highway and the disabled-target list.
function(ufunc_add_kernels target)
  cmake_parse_arguments(ARG "" "" "FILES" ${ARGN})
  if(NOT ARG_FILES)
    message(FATAL_ERROR "ufunc_add_kernels(${target}): give the kernel files after FILES")
  endif()
  target_sources(${target} PRIVATE ${ARG_FILES})
  set_source_files_properties(${ARG_FILES} TARGET_DIRECTORY ${target}
    PROPERTIES COMPILE_OPTIONS "-ffp-contract=off;-falign-loops=32")
endfunction()
