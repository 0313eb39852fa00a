// SPDX-License-Identifier: BSL-1.0
// ipsec-error-codegen: a table of tab-separated values, as a spreadsheet
// saves it: a header row naming the columns, then a row a line.
#ifndef IPSEC_ERROR_CODEGEN_TSV_HPP
#define IPSEC_ERROR_CODEGEN_TSV_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace codegen {

class tsv_table {
public:
    // Reads path, whose columns must be those named, in any order; throws
    // data_error for a missing file or column, or a row of the wrong width.
    tsv_table(const std::string& path, const std::vector<std::string>& columns);

    std::size_t size() const { return rows_.size(); }
    // The field of a column (one of those named) in row i.
    const std::string& field(std::size_t i, const std::string& column) const;
    // "path:line" of row i, for messages.
    std::string where(std::size_t i) const;

private:
    std::string path_;
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
    std::vector<std::size_t> lines_;
};

}  // namespace codegen

#endif
