# Install rules: headers, the library, the CMake package (ufuncConfig.cmake, version file, exported
# targets, ufunc_add_kernels) and a pkg-config file. Users then write:
#   find_package(ufunc REQUIRED)
#   ufunc_add_kernels(app FILES kernels.cc)
#   target_link_libraries(app PRIVATE ufunc::ufunc)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(UFUNC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/ufunc)

install(TARGETS ufunc ufunc-show-runtime EXPORT ufuncTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY dispatch ufunc kernels DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/generated/ufunc/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ufunc)
install(EXPORT ufuncTargets NAMESPACE ufunc:: DESTINATION ${UFUNC_CMAKE_DIR})

configure_package_config_file(cmake/ufuncConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/ufuncConfig.cmake INSTALL_DESTINATION ${UFUNC_CMAKE_DIR})
# 0.x: a minor version may break the API, so only the same minor version is compatible.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/ufuncConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/ufuncConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/ufuncConfigVersion.cmake
              cmake/ufunc_kernels.cmake
  DESTINATION ${UFUNC_CMAKE_DIR})

configure_file(cmake/ufunc.pc.in ${CMAKE_CURRENT_BINARY_DIR}/ufunc.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/ufunc.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
