# SPDX-License-Identifier: BSL-1.0
# The Debian package of the reference site, ipsec-error-doc (Architecture:
# all): the site under /usr/share/doc/ipsec-error/html (component "doc",
# installed by cmake/site.cmake), registered with doc-base, with its own
# copyright and changelogs as Debian asks. Only with IPSEC_ERROR_BUILD_SITE.
# Included by cmake/packaging.cmake before CPack, where the copyright file,
# gzip and the packaging date are known.
if(NOT IPSEC_ERROR_BUILD_SITE)
    return()
endif()

set(doc_package ipsec-error-doc)
ipsec_error_install_debian_docs(${doc_package} doc)

# doc-base: the site in the system's catalogue of documentation.
set(site_html "/usr/${CMAKE_INSTALL_DATADIR}/doc/ipsec-error/html")
file(WRITE "${PROJECT_BINARY_DIR}/packaging/${doc_package}/doc-base"
    "Document: ipsec-error\n"
    "Title: ipsec-error reference: the Windows IPsec error codes\n"
    "Author: The ipsec-error authors\n"
    "Abstract: Every Windows IPsec error code with its exact message, its\n"
    " HRESULT and NTSTATUS forms and what to do about it, and a page that finds\n"
    " the codes in a pasted log.\n"
    "Section: Network/Monitoring\n"
    "\n"
    "Format: HTML\n"
    "Index: ${site_html}/index.html\n"
    "Files: ${site_html}/*.html ${site_html}/codes/*.html\n")
install(FILES "${PROJECT_BINARY_DIR}/packaging/${doc_package}/doc-base"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc-base" RENAME "${doc_package}.ipsec-error" COMPONENT doc)

list(APPEND CPACK_COMPONENTS_ALL doc)
set(CPACK_DEBIAN_DOC_PACKAGE_NAME ${doc_package})
set(CPACK_DEBIAN_DOC_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_DOC_PACKAGE_SECTION doc)
set(CPACK_DEBIAN_DOC_DESCRIPTION
"reference site of the Windows IPsec error codes
A static site, readable offline in any browser, with one page for each
of the ${IPSEC_ERROR_WINERROR_CODE_COUNT} Windows IPsec error codes (ERROR_IPSEC_* and
WARNING_IPSEC_*, ${IPSEC_ERROR_WINERROR_FIRST_VALUE} to ${IPSEC_ERROR_WINERROR_LAST_VALUE}): its exact message, its HRESULT
and NTSTATUS forms, likely causes and the steps to take. Its scan page
finds the codes in a pasted log with the library's scanner, compiled to
WebAssembly; nothing leaves the page.")
