# Warnings every target of this project builds clean with.
function(ufunc_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
endfunction()
