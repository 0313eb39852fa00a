// SPDX-License-Identifier: BSL-1.0
// ipsec-error-codegen: the generated headers, each written by one function
// from the model. Each throws data_error when the data does not fit the
// layout it writes (too much text, no perfect hash of the names).
#ifndef IPSEC_ERROR_CODEGEN_WRITERS_HPP
#define IPSEC_ERROR_CODEGEN_WRITERS_HPP

#include <string>
#include <vector>

#include "model.hpp"

namespace codegen {

// A file the generator writes: its path from the project's root, its text.
struct generated_file {
    std::string path;
    std::string text;
};

// include/ipsec_error/detail/generated/errc.hpp: the enumeration.
generated_file errc_header(const model& m);
// .../table.hpp: names and messages, the rows' columns, the index of values,
// the perfect hash of the names, the NTSTATUS twins.
generated_file table_header(const model& m);
// .../status_only.hpp: the IPsec NTSTATUS codes without a Win32 code.
generated_file status_only_header(const model& m);
// .../troubleshooting_blocks.hpp (the text) and .../troubleshooting_entries.hpp.
std::vector<generated_file> troubleshooting_headers(const model& m);
// .../scan_tables.hpp: the classes of bytes and the index of messages.
generated_file scan_tables_header(const model& m);

// Where the generated headers live.
inline constexpr const char* generated_folder = "include/ipsec_error/detail/generated";

}  // namespace codegen

#endif
