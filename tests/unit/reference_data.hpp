// SPDX-License-Identifier: BSL-1.0
// The reference data of tests/data/, read as the tests need it.
#ifndef IPSEC_ERROR_TESTS_REFERENCE_DATA_HPP
#define IPSEC_ERROR_TESTS_REFERENCE_DATA_HPP

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace reference {

struct win32_row {
    std::string name;
    int value;
    std::string hex;
    std::string message;
};

struct ntstatus_row {
    std::string name;
    std::uint32_t status;
    std::string win32_name;
};

// A TSV file of tests/data/ as rows of named fields (by its header line).
using tsv_row = std::map<std::string, std::string>;

inline std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
        fields.push_back(line.substr(start, tab - start));
    }
    fields.push_back(line.substr(start));
    return fields;
}

inline std::vector<tsv_row> read_tsv(const std::string& file) {
    std::ifstream in(std::string(IPSEC_ERROR_TEST_DATA_DIR) + "/" + file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open tests/data/" + file);
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = split_tabs(line);
    std::vector<tsv_row> rows;
    while (std::getline(in, line)) {
        const std::vector<std::string> fields = split_tabs(line);
        if (fields.size() != header.size())
            throw std::runtime_error(file + ": a short row: " + line);
        tsv_row row;
        for (std::size_t i = 0; i < header.size(); ++i) row[header[i]] = fields[i];
        rows.push_back(row);
    }
    return rows;
}

// The IPsec codes of winerror.h (winerror-ipsec.tsv).
inline const std::vector<win32_row>& winerror() {
    static const std::vector<win32_row> rows = [] {
        std::vector<win32_row> out;
        for (auto& f : read_tsv("winerror-ipsec.tsv")) {
            out.push_back({f.at("name"), std::stoi(f.at("value")), f.at("hex"), f.at("message")});
        }
        return out;
    }();
    return rows;
}

// The rows of other-ipsec.tsv: the IPsec codes outside that family.
inline const std::vector<tsv_row>& other() {
    static const std::vector<tsv_row> rows = read_tsv("other-ipsec.tsv");
    return rows;
}

// The message of an other-ipsec.tsv row: its note quotes it, after a colon.
inline std::string quoted_message(const std::string& note) {
    const std::size_t open = note.find(": \"");
    const std::size_t close = open == std::string::npos ? open : note.find('"', open + 3);
    if (close == std::string::npos) throw std::runtime_error("no quoted message in: " + note);
    return note.substr(open + 3, close - open - 3);
}

// Every Win32 code the table must hold, in ascending order: winerror.h's and
// the Win32 codes of other-ipsec.tsv (Winsock's WSA_IPSEC_NAME_POLICY_ERROR).
inline const std::vector<win32_row>& win32() {
    static const std::vector<win32_row> rows = [] {
        std::vector<win32_row> out = winerror();
        for (const tsv_row& f : other()) {
            if (f.at("kind") != "win32") continue;
            out.push_back({f.at("name"), std::stoi(f.at("value")), f.at("hex"),
                           quoted_message(f.at("note"))});
        }
        std::sort(out.begin(), out.end(),
                  [](const win32_row& a, const win32_row& b) { return a.value < b.value; });
        return out;
    }();
    return rows;
}

inline const std::vector<ntstatus_row>& ntstatus() {
    static const std::vector<ntstatus_row> rows = [] {
        std::vector<ntstatus_row> out;
        for (auto& f : read_tsv("ntstatus-ipsec.tsv")) {
            const auto status =
                static_cast<std::uint32_t>(std::stoul(f.at("ntstatus_value"), nullptr, 16));
            out.push_back({f.at("ntstatus_name"), status, f.at("win32_name")});
        }
        return out;
    }();
    return rows;
}

// "ERROR_IPSEC_IKE_MM_DELAY_DROP" -> "ike_mm_delay_drop", and
// "WSA_IPSEC_NAME_POLICY_ERROR" -> "name_policy_error"
inline std::string enumerator_of(const std::string& name) {
    const std::size_t prefix = name.rfind("_IPSEC_", 8);
    std::string stem = name.substr(prefix + 7);
    for (char& c : stem) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return stem;
}

inline std::string hex4(std::uint32_t v) {
    std::ostringstream out;
    out << "0x" << std::uppercase << std::hex << v;
    return out.str();
}

}  // namespace reference

#endif
