# SPDX-License-Identifier: BSL-1.0
# Install rules: the headers, an exported CMake package with a version file,
# and a pkg-config file. The library is header-only, so the package is
# architecture-independent: a 32-bit consumer may use a 64-bit install.
include(CMakePackageConfigHelpers)

set(IPSEC_ERROR_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/ipsec_error"
    CACHE STRING "Where to install the CMake package, below the prefix")

# Everything a C++ programmer builds against is in component "dev"; the tool,
# its manual page and completions are in "tool" (tools/ipsec-error).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/ipsec_error"
    DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT dev)
install(TARGETS ipsec_error EXPORT ipsec_error_targets)
install(EXPORT ipsec_error_targets
    NAMESPACE ipsec_error::
    DESTINATION "${IPSEC_ERROR_CMAKE_DIR}"
    FILE ipsec_errorTargets.cmake
    COMPONENT dev)

configure_package_config_file(
    "${PROJECT_SOURCE_DIR}/cmake/ipsec_errorConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/ipsec_errorConfig.cmake"
    INSTALL_DESTINATION "${IPSEC_ERROR_CMAKE_DIR}")
write_basic_package_version_file(
    "${PROJECT_BINARY_DIR}/ipsec_errorConfigVersion.cmake"
    COMPATIBILITY SameMajorVersion
    ARCH_INDEPENDENT)
install(FILES
    "${PROJECT_BINARY_DIR}/ipsec_errorConfig.cmake"
    "${PROJECT_BINARY_DIR}/ipsec_errorConfigVersion.cmake"
    DESTINATION "${IPSEC_ERROR_CMAKE_DIR}" COMPONENT dev)

# pkg-config: the prefix is found from where the .pc file lies, so that an
# install to another prefix (cmake --install --prefix, a package) still works.
set(IPSEC_ERROR_PC_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig")
file(RELATIVE_PATH IPSEC_ERROR_PC_TO_PREFIX "/prefix/${IPSEC_ERROR_PC_DIR}" "/prefix")
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
    set(IPSEC_ERROR_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
    set(IPSEC_ERROR_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/ipsec_error.pc.in"
    "${PROJECT_BINARY_DIR}/ipsec_error.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/ipsec_error.pc"
    DESTINATION "${IPSEC_ERROR_PC_DIR}" COMPONENT dev)
