# SPDX-License-Identifier: BSL-1.0
# Debian packages, from the install components, with `cpack -G DEB` in the
# build tree:
#   libipsec-error-dev  (Architecture: all) the headers, the CMake package and
#                       the pkg-config file: component "dev";
#   ipsec-error         the tool, its manual page and completions: component
#                       "tool", its Depends found by dpkg-shlibdeps;
#   ipsec-error-doc     (Architecture: all) the reference site, with
#                       IPSEC_ERROR_BUILD_SITE: component "doc" (site_package.cmake).
# Each carries the licence as /usr/share/doc/<package>/copyright.
# A cross build for Windows makes a zip instead (cmake/windows_package.cmake).
if(CMAKE_SYSTEM_NAME STREQUAL "Windows")
    include("${CMAKE_CURRENT_LIST_DIR}/windows_package.cmake")
    return()
endif()

set(IPSEC_ERROR_MAINTAINER "ipsec-error maintainers <maintainers@users.noreply.b-seed-6f933e87.example>"
    CACHE STRING "The Maintainer field of the Debian packages")

set(dev_package libipsec-error-dev)
set(tool_package ipsec-error)

# The copyright file Debian asks for, in its machine-readable format.
set(copyright "${PROJECT_BINARY_DIR}/packaging/copyright")
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" license_text)
set(source_field "")
if(IPSEC_ERROR_HOMEPAGE_URL)
    set(source_field "Source: ${IPSEC_ERROR_HOMEPAGE_URL}\n")
endif()
string(REGEX REPLACE "\n$" "" license_text "${license_text}")
string(REGEX REPLACE "\n\n" "\n.\n" license_text "${license_text}")
string(REGEX REPLACE "\n" "\n " license_text "${license_text}")
file(WRITE "${copyright}"
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    "Upstream-Name: ipsec-error\n"
    ${source_field}
    "\n"
    "Files: *\n"
    "Copyright: 2026 The ipsec-error authors\n"
    "License: BSL-1.0\n"
    " ${license_text}\n")
# Debian keeps two changelogs, compressed with gzip -9n: the project's own
# (CHANGELOG.md, as changelog.gz) and the packaging's (changelog.Debian.gz, in
# Debian's format). Both are written at configure time; the date honours
# SOURCE_DATE_EPOCH, for reproducible packages.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
find_program(IPSEC_ERROR_GZIP gzip)
string(TIMESTAMP package_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
# Installs a package's copyright file and its two changelogs into
# /usr/share/doc/PACKAGE, as part of COMPONENT.
function(ipsec_error_install_debian_docs package component)
    set(doc_files "${copyright}")
    if(IPSEC_ERROR_GZIP)
        set(dir "${PROJECT_BINARY_DIR}/packaging/${package}")
        file(WRITE "${dir}/changelog.Debian"
            "${package} (${PROJECT_VERSION}-1) unstable; urgency=medium\n\n"
            "  * Built with CPack from the ipsec-error ${PROJECT_VERSION} sources;\n"
            "    the project's own changes are in changelog.gz.\n\n"
            " -- ${IPSEC_ERROR_MAINTAINER}  ${package_date}\n")
        configure_file("${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${dir}/changelog" COPYONLY)
        foreach(log IN ITEMS changelog.Debian changelog)
            execute_process(COMMAND "${IPSEC_ERROR_GZIP}" -9nf "${dir}/${log}")
            list(APPEND doc_files "${dir}/${log}.gz")
        endforeach()
    endif()
    install(FILES ${doc_files}
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}"
        COMPONENT ${component})
endfunction()
foreach(component IN ITEMS dev tool)
    ipsec_error_install_debian_docs(${${component}_package} ${component})
endforeach()

set(CPACK_PACKAGE_NAME ipsec-error)
set(CPACK_PACKAGE_VENDOR "The ipsec-error authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's synopsis is the first line of its description below. CPack
# puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it unless the summary is
# CPack's own default text, so it is set to exactly that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CONTACT "${IPSEC_ERROR_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL dev tool)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${IPSEC_ERROR_MAINTAINER}")
if(IPSEC_ERROR_HOMEPAGE_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${IPSEC_ERROR_HOMEPAGE_URL}")
endif()
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_DEV_PACKAGE_NAME ${dev_package})
set(CPACK_DEBIAN_DEV_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
# The opt-in headers for other ecosystems need these; the rest needs nothing.
set(CPACK_DEBIAN_DEV_PACKAGE_SUGGESTS "libfmt-dev, libspdlog-dev, libboost-dev")
set(CPACK_DEBIAN_DEV_DESCRIPTION
"Windows IPsec error codes as std::error_code (C++17 headers)
A header-only C++17 library that gives the ${IPSEC_ERROR_WINERROR_CODE_COUNT} Windows IPsec error codes
(ERROR_IPSEC_* and WARNING_IPSEC_*, ${IPSEC_ERROR_WINERROR_FIRST_VALUE} to ${IPSEC_ERROR_WINERROR_LAST_VALUE}) a std::error_category:
the exact Windows message of every code, look-up by value and name, parsing
of the decimal, hexadecimal, HRESULT and NTSTATUS forms, portable error
conditions, and troubleshooting text.

This package holds the headers, the CMake package (find_package(ipsec_error))
and the pkg-config file.")

set(CPACK_DEBIAN_TOOL_PACKAGE_NAME ${tool_package})
set(CPACK_DEBIAN_TOOL_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_TOOL_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_TOOL_DESCRIPTION
"explain Windows IPsec error codes
ipsec-error tells what a Windows IPsec error code (ERROR_IPSEC_* or
WARNING_IPSEC_*, ${IPSEC_ERROR_WINERROR_FIRST_VALUE} to ${IPSEC_ERROR_WINERROR_LAST_VALUE}) means and what to do about it: its name,
value, HRESULT and NTSTATUS forms, the exact message Windows prints, the
likely causes and the steps to take. It reads codes in decimal, hexadecimal,
HRESULT or NTSTATUS form and by name, and can list and search them all or
print them as JSON or Markdown.")

include("${CMAKE_CURRENT_LIST_DIR}/site_package.cmake")
include(CPack)
