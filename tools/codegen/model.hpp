// SPDX-License-Identifier: BSL-1.0
// ipsec-error-codegen: the data of data/, as the writers read it.
#ifndef IPSEC_ERROR_CODEGEN_MODEL_HPP
#define IPSEC_ERROR_CODEGEN_MODEL_HPP

#include <ipsec_error/classification.hpp>
#include <ipsec_error/condition.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace codegen {

// What a person needs to act on a code (data/troubleshooting/VALUE.toml).
struct advice {
    std::string summary;
    std::vector<std::string> causes;
    std::vector<std::string> actions;
    std::vector<int> related;  // values of codes of the table
};

// One row of data/codes.tsv, with its advice.
struct code {
    int value = 0;
    std::string name;  // ERROR_IPSEC_IKE_AUTH_FAIL
    ipsec_error::part part{};
    ipsec_error::severity severity{};
    ipsec_error::condition_set conditions;
    std::optional<std::uint32_t> ntstatus;  // its STATUS_IPSEC_* twin
    std::string message;                    // byte for byte as Windows prints it
    advice troubleshooting;

    // The enumerator's spelling: the name without its prefix, in lower case.
    std::string enumerator() const;
};

// One row of data/status_only.tsv: an IPsec NTSTATUS with no IPsec Win32 code.
struct status_only {
    std::uint32_t ntstatus = 0;
    std::string name;  // STATUS_IPSEC_QUEUE_OVERFLOW
    int win32_value = 0;
    std::string win32_name;  // what Windows maps it to for Win32 callers
};

struct model {
    std::vector<code> codes;  // in ascending order of value
    std::vector<status_only> status_only_codes;

    // The code with this value, or nullptr.
    const code* find(int value) const;
};

}  // namespace codegen

#endif
