// SPDX-License-Identifier: BSL-1.0
/// @file
/// The library's version. Do not edit: CMake writes this header from the
/// project version in CMakeLists.txt, the one place the version lives
/// (template: cmake/version.hpp.in).
#ifndef IPSEC_ERROR_VERSION_HPP
#define IPSEC_ERROR_VERSION_HPP

/// The major version: changes when the public contract breaks.
#define IPSEC_ERROR_VERSION_MAJOR 1
/// The minor version: changes when the contract grows.
#define IPSEC_ERROR_VERSION_MINOR 1
/// The patch version: changes for fixes only.
#define IPSEC_ERROR_VERSION_PATCH 0
/// The version as one comparable number, MAJOR * 10000 + MINOR * 100 + PATCH.
#define IPSEC_ERROR_VERSION                                                \
    (IPSEC_ERROR_VERSION_MAJOR * 10000 + IPSEC_ERROR_VERSION_MINOR * 100 + \
     IPSEC_ERROR_VERSION_PATCH)
/// The version as text, "MAJOR.MINOR.PATCH".
#define IPSEC_ERROR_VERSION_STRING "1.1.0"

#endif  // IPSEC_ERROR_VERSION_HPP
