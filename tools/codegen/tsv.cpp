// SPDX-License-Identifier: BSL-1.0
#include "tsv.hpp"

#include <algorithm>
#include <fstream>

#include "read_data.hpp"

namespace codegen {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(
            line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) return fields;
        start = tab + 1;
    }
}

}  // namespace

tsv_table::tsv_table(const std::string& path, const std::vector<std::string>& columns)
    : path_(path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw data_error(path + ": cannot be read");
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();  // saved on Windows
        if (line.empty()) continue;
        std::vector<std::string> fields = split_tabs(line);
        if (header_.empty()) {
            header_ = fields;
            for (const std::string& column : columns) {
                if (std::find(header_.begin(), header_.end(), column) == header_.end())
                    throw data_error(path + ":1: no column named '" + (column + "'"));
            }
            if (header_.size() != columns.size())
                throw data_error(path + ":1: the columns are " + std::to_string(columns.size()) +
                                 ", not " + std::to_string(header_.size()));
            continue;
        }
        if (fields.size() != header_.size())
            throw data_error(path + ":" + std::to_string(number) + ": " +
                             std::to_string(fields.size()) + " fields, where the header has " +
                             std::to_string(header_.size()));
        rows_.push_back(std::move(fields));
        lines_.push_back(number);
    }
    if (header_.empty()) throw data_error(path + ": empty");
}

const std::string& tsv_table::field(std::size_t i, const std::string& column) const {
    const auto at = std::find(header_.begin(), header_.end(), column);
    return rows_[i][static_cast<std::size_t>(at - header_.begin())];
}

std::string tsv_table::where(std::size_t i) const {
    return path_ + ":" + std::to_string(lines_[i]);
}

}  // namespace codegen
