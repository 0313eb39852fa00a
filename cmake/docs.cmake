# SPDX-License-Identifier: BSL-1.0
# `cmake --build <dir> --target docs`: the API reference, written by doxygen with the
# Doxyfile at the root of the source tree. The Doxyfile's paths are relative to that root,
# so doxygen runs there, and the pages land in <source>/build/doc/html whatever the build
# directory. It fails on any doxygen warning, such as a public name without a doc comment.
# Included by the top-level CMakeLists.txt when Doxygen is found.
add_custom_target(docs
    # Doxygen 1.9.4 makes only the last directory of OUTPUT_DIRECTORY.
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_SOURCE_DIR}/build/doc"
    COMMAND Doxygen::doxygen "${PROJECT_SOURCE_DIR}/Doxyfile"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Writing the API reference to ${PROJECT_SOURCE_DIR}/build/doc/html"
    VERBATIM)
