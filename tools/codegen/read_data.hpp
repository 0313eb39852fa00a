// SPDX-License-Identifier: BSL-1.0
// ipsec-error-codegen: reads data/ (codes.tsv, status_only.tsv and
// troubleshooting/VALUE.toml) and holds it to the rules of the table. A
// broken row or entry is refused with its file and line.
#ifndef IPSEC_ERROR_CODEGEN_READ_DATA_HPP
#define IPSEC_ERROR_CODEGEN_READ_DATA_HPP

#include <stdexcept>
#include <string>

#include "model.hpp"

namespace codegen {

// What is wrong with the data, and where: "data/codes.tsv:12: ...".
struct data_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The data of the folder data (the project's data/), checked.
model read_data(const std::string& data);

}  // namespace codegen

#endif
