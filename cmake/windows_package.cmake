# SPDX-License-Identifier: BSL-1.0
# The Windows package, from a cross build with the mingw-w64 toolchain
# (cmake/toolchains/x86_64-w64-mingw32.cmake): `cpack -G ZIP` in the build
# tree writes ipsec-error-<version>-win64.zip. It holds
#   bin/ipsec-error.exe            linked statically: it needs no DLL that
#                                  Windows does not ship;
#   include/, share/cmake/         the headers and the CMake package
#                                  (find_package(ipsec_error) with
#                                  CMAKE_PREFIX_PATH set to the unpacked folder);
#   share/doc/ipsec-error/         the manual (tool.md, windows.md), and the
#                                  reference pages (html/) where the build
#                                  installs them (component doc);
#   LICENSE.txt, README.md.
# Included by cmake/packaging.cmake in place of the Debian packages.

set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/ipsec-error")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt COMPONENT tool)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION . COMPONENT tool)
install(FILES "${PROJECT_SOURCE_DIR}/docs/tool.md" "${PROJECT_SOURCE_DIR}/docs/windows.md"
    DESTINATION "${doc_dir}" COMPONENT tool)

set(CPACK_GENERATOR ZIP)
set(CPACK_PACKAGE_NAME ipsec-error)
set(CPACK_PACKAGE_VENDOR "The ipsec-error authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_FILE_NAME "ipsec-error-${PROJECT_VERSION}-win64")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "")
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
set(CPACK_STRIP_FILES ON)
# One archive of these components; "doc" holds the reference pages where the
# build has them, and nothing otherwise.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_COMPONENTS_ALL dev tool doc)

include(CPack)
