# Cross-compiles for aarch64 Linux (Arm NEON) with Debian's multiarch cross toolchain, and runs the
# binaries under qemu-user. Used by scripts/test-arm.sh (see docs/arm.md):
#   scripts/install-deps.sh --arm   # g++-aarch64-linux-gnu, qemu-user, lib*-dev:arm64
#   cmake -S . -B build/arm -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-aarch64.cmake \
#         -DCMAKE_BUILD_TYPE=Release -DUFUNC_BUILD_BENCH=OFF
#
# Debian's cross compiler is built with --with-sysroot=/ and multiarch: it finds the arm64 headers
# in /usr/include and the arm64 libraries in /usr/lib/aarch64-linux-gnu (packages installed as
# pkg:arm64) by itself, and its own libc and libstdc++ in /usr/aarch64-linux-gnu. So there is no
# separate sysroot: the root is /, and the multiarch directory tells arm64 files from the host's.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# Without this, every function that passes or returns a std::pair (two-output kernels) prints GCC's
# note "parameter passing for argument of type 'std::pair<...>' when C++17 is enabled changed to
# match C++14 in GCC 10.1": an ABI change against code built by GCC < 10.1, which nothing links.
set(CMAKE_CXX_FLAGS_INIT -Wno-psabi)

# find_package, find_library, find_path: search <prefix>/lib/aarch64-linux-gnu and its cmake/
# config directories (e.g. /usr/lib/aarch64-linux-gnu/cmake/hwy), never the host's
# /usr/lib/x86_64-linux-gnu: a package missing for arm64 (e.g. Google Benchmark) is "not found".
# CMake derives the architecture from the compiler too; set here, it holds from the start.
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu /)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)  # tools (cmake, qemu) are the host's
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config, for projects that use it: the arm64 .pc files only.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")

# CTest and gtest_discover_tests (which runs the test binary at build time to list its tests) run
# every target binary through this.
#
# The guest's files come from / (the multiarch arm64 packages), NOT -L /usr/aarch64-linux-gnu:
# libhwy1:arm64 and libtbb12:arm64 pull in libc6:arm64 (2.36-9+deb12u14 here), and the loader finds
# its libc.so.6 in /lib/aarch64-linux-gnu whatever -L says, while -L /usr/aarch64-linux-gnu makes
# qemu start the cross toolchain's older loader (libc6-arm64-cross, 2.36-8). That ld.so/libc
# mismatch hangs every pthread_create (a 5-line C program that starts one thread never returns), so
# every test that starts a thread (TBB, std::thread) times out. With -L / the loader and libc come
# from the same package. Linking still uses the cross libc in /usr/aarch64-linux-gnu/lib, which is
# older than the one the binaries run with: fine.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64;-L;/)
