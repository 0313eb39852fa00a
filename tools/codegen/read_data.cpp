// SPDX-License-Identifier: BSL-1.0
// The rules the data is held to are those a reader of winerror.h would
// expect: values ascending, names unique and of the right prefix, warnings
// named as warnings, range markers whose message is their own name, a
// condition for every code that is one, and advice that says something and
// points at real codes.
#include "read_data.hpp"

#include <ipsec_error/detail/name_prefixes.hpp>
#include <ipsec_error/detail/packed_text.hpp>

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "tsv.hpp"

namespace codegen {

std::string code::enumerator() const {
    std::string stem(ipsec_error::detail::name_stem(name));
    for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return stem;
}

const code* model::find(int value) const {
    const auto at = std::lower_bound(codes.begin(), codes.end(), value,
                                     [](const code& c, int v) { return c.value < v; });
    return at != codes.end() && at->value == value ? &*at : nullptr;
}

namespace {

using namespace std::string_literals;

[[noreturn]] void refuse(const std::string& where, const std::string& what) {
    throw data_error(where + ": " + what);
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// A whole number of the field, in decimal, or in hex after 0x.
std::uint64_t number(const std::string& where, const std::string& field, const char* what) {
    const bool hex = starts_with(field, "0x");
    const std::string digits = hex ? field.substr(2) : field;
    if (digits.empty() || digits.size() > (hex ? 8u : 10u) ||
        !std::all_of(digits.begin(), digits.end(), [hex](char c) {
            return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                       : std::isdigit(static_cast<unsigned char>(c)) != 0;
        })) {
        refuse(where, "'"s + field + "' is not a " + what);
    }
    return std::stoull(digits, nullptr, hex ? 16 : 10);
}

// The enumerator spelt as the field: name_of() of each value of the
// enumeration, tried in turn (they are small and start at 0 or 1).
template <class Enum>
Enum enumerator_named(const std::string& where, const std::string& field, const char* what) {
    for (int v = 0; v < 64; ++v) {
        if (ipsec_error::name_of(static_cast<Enum>(v)) == field) return static_cast<Enum>(v);
    }
    std::string known;
    for (int v = 0; v < 64; ++v) {
        const std::string_view name = ipsec_error::name_of(static_cast<Enum>(v));
        if (!name.empty()) known += (known.empty() ? "" : ", ") + std::string(name);
    }
    refuse(where, "'"s + field + "' is no " + what + " (" + known + ")");
}

ipsec_error::condition_set conditions_of(const std::string& where, const std::string& field) {
    std::uint32_t bits = 0;
    std::size_t start = 0;
    while (start < field.size()) {
        std::size_t comma = field.find(',', start);
        if (comma == std::string::npos) comma = field.size();
        std::string name = field.substr(start, comma - start);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        const auto c = enumerator_named<ipsec_error::condition>(where, name, "condition");
        const std::uint32_t bit = std::uint32_t{1} << static_cast<int>(c);
        if ((bits & bit) != 0) refuse(where, "the condition " + name + " is listed twice");
        bits |= bit;
        start = comma + 1;
    }
    return ipsec_error::condition_set{bits};
}

bool is_name_character(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

void check_name(const std::string& where, const code& c) {
    using namespace ipsec_error::detail;
    const bool warning = starts_with(c.name, warning_prefix);
    if (!warning && !starts_with(c.name, error_prefix) && !starts_with(c.name, winsock_prefix))
        refuse(where, c.name + ": a name starts with ERROR_IPSEC_, WARNING_IPSEC_ or WSA_IPSEC_");
    if (!std::all_of(c.name.begin(), c.name.end(), is_name_character) || name_stem(c.name).empty())
        refuse(where, c.name + ": a name is upper-case letters, digits and '_'");
    if (warning != (c.severity == ipsec_error::severity::warning))
        refuse(where, c.name + ": WARNING_IPSEC_ names, and only they, have severity warning");
}

void check_message_and_conditions(const std::string& where, const code& c) {
    using ipsec_error::severity;
    if (c.message.empty()) refuse(where, c.name + ": the message is empty");
    const bool marker = c.part == ipsec_error::part::range_marker;
    if (marker != (c.message == c.name))
        refuse(where, c.name + ": range markers, and only they, have their own name as message");
    if (marker) {
        if (!c.conditions.empty() || c.severity != severity::informational)
            refuse(where, c.name + ": a range marker is informational, with no condition");
        return;
    }
    if (c.conditions.empty())
        refuse(where, c.name + ": every code but a range marker has a condition");
    if (c.conditions.contains(ipsec_error::condition::benign) != (c.severity != severity::error))
        refuse(where, c.name + ": benign, and only benign, codes are not errors");
}

std::vector<code> read_codes(const std::string& path) {
    const tsv_table table(
        path, {"value", "name", "part", "severity", "conditions", "ntstatus", "message"});
    std::vector<code> codes;
    std::set<std::string> names;
    std::set<std::uint32_t> statuses;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::string where = table.where(i);
        code c;
        const std::uint64_t value = number(where, table.field(i, "value"), "value");
        if (value == 0 || value > 0xFFFF) refuse(where, "a value is from 1 to 65535");
        c.value = static_cast<int>(value);
        if (!codes.empty() && codes.back().value >= c.value)
            refuse(where, std::to_string(c.value) + ": the values must be strictly ascending");
        c.name = table.field(i, "name");
        c.part = enumerator_named<ipsec_error::part>(where, table.field(i, "part"), "part");
        c.severity =
            enumerator_named<ipsec_error::severity>(where, table.field(i, "severity"), "severity");
        c.conditions = conditions_of(where, table.field(i, "conditions"));
        if (const std::string& status = table.field(i, "ntstatus"); !status.empty()) {
            if (!starts_with(status, "0xC036"))
                refuse(where, status + ": an IPsec NTSTATUS twin is 0xC036xxxx");
            c.ntstatus = static_cast<std::uint32_t>(number(where, status, "hex NTSTATUS"));
            if (!statuses.insert(*c.ntstatus).second)
                refuse(where, status + ": two codes have this NTSTATUS twin");
        }
        c.message = table.field(i, "message");
        check_name(where, c);
        check_message_and_conditions(where, c);
        if (!names.insert(c.enumerator()).second)
            refuse(where, c.name + ": the names must be unique, without their prefix too");
        codes.push_back(std::move(c));
    }
    if (codes.empty()) refuse(path, "no code");
    if (codes.size() >= 0xFF) refuse(path, "a row number plus one must fit in a byte");
    return codes;
}

std::vector<status_only> read_status_only(const std::string& path) {
    const tsv_table table(path, {"ntstatus", "name", "win32_value", "win32_name"});
    std::vector<status_only> codes;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::string where = table.where(i);
        status_only s;
        s.ntstatus =
            static_cast<std::uint32_t>(number(where, table.field(i, "ntstatus"), "hex NTSTATUS"));
        s.name = table.field(i, "name");
        if (!starts_with(s.name, "STATUS_IPSEC_"))
            refuse(where, s.name + ": not a STATUS_IPSEC_ name");
        s.win32_value = static_cast<int>(number(where, table.field(i, "win32_value"), "value"));
        s.win32_name = table.field(i, "win32_name");
        if (s.win32_name.empty()) refuse(where, "the Win32 name is empty");
        if (!codes.empty() && codes.back().ntstatus >= s.ntstatus)
            refuse(where, "the NTSTATUS values must be strictly ascending");
        codes.push_back(std::move(s));
    }
    return codes;
}

// A line of advice: something to say, on one line.
std::string line_of(const std::string& where, const toml::node* node, const char* what) {
    const std::optional<std::string> text =
        node != nullptr ? node->value<std::string>() : std::nullopt;
    if (!text) refuse(where, "'"s + what + "' must be a string");
    if (text->empty() || text->find('\n') != std::string::npos || text->front() == ' ' ||
        text->back() == ' ')
        refuse(where, "'"s + what + "' must be one line of text, without spaces at either end");
    return *text;
}

std::vector<std::string> lines_of(const std::string& where, const toml::table& file,
                                  const char* key) {
    const toml::array* array = file[key].as_array();
    if (array == nullptr || array->empty())
        refuse(where, "'"s + key + "' must be a list of at least one string");
    std::vector<std::string> lines;
    for (const toml::node& item : *array) lines.push_back(line_of(where, &item, key));
    return lines;
}

// The advice of c, from data/troubleshooting/VALUE.toml.
advice read_advice(const std::string& path, const code& c, const std::vector<code>& codes) {
    if (!std::filesystem::exists(path))
        refuse(path, "missing: every code of data/codes.tsv has its troubleshooting file");
    toml::table file;
    try {
        file = toml::parse_file(path);
    } catch (const toml::parse_error& e) {
        refuse(path + ":" + std::to_string(e.source().begin.line), std::string(e.description()));
    }
    for (const auto& [key, node] : file) {
        static_cast<void>(node);
        const std::string_view k = key.str();
        if (k != "code" && k != "summary" && k != "causes" && k != "actions" && k != "related")
            refuse(path, "unknown key '"s + std::string(k) +
                             "' (the keys are code, summary, causes, actions, related)");
    }
    if (file["code"].value<std::string>() != c.name)
        refuse(path,
               "'code' must be \"" + c.name + "\", the code of value " + std::to_string(c.value));
    advice a;
    a.summary = line_of(path, file.get("summary"), "summary");
    a.causes = lines_of(path, file, "causes");
    a.actions = lines_of(path, file, "actions");
    const toml::array* related = file["related"].as_array();
    if (related == nullptr || related->empty() ||
        related->size() > ipsec_error::detail::related_capacity)
        refuse(path, "'related' must list 1 to " +
                         std::to_string(ipsec_error::detail::related_capacity) + " names");
    for (const toml::node& item : *related) {
        const std::string name = line_of(path, &item, "related");
        const auto r = std::find_if(codes.begin(), codes.end(),
                                    [&](const code& other) { return other.name == name; });
        if (r == codes.end()) refuse(path, "related: " + name + " is no code of data/codes.tsv");
        if (r->value == c.value) refuse(path, "related: a code is not related to itself");
        if (std::find(a.related.begin(), a.related.end(), r->value) != a.related.end())
            refuse(path, "related: " + name + " is listed twice");
        a.related.push_back(r->value);
    }
    return a;
}

}  // namespace

model read_data(const std::string& data) {
    model m;
    m.codes = read_codes(data + "/codes.tsv");
    m.status_only_codes = read_status_only(data + "/status_only.tsv");
    const std::string folder = data + "/troubleshooting";
    const auto in_folder = [&folder](const std::string& file) {
        std::string path = folder;
        path += '/';
        path += file;
        return path;
    };
    std::set<std::string> expected;
    for (code& c : m.codes) {
        const std::string file = std::to_string(c.value) + ".toml";
        expected.insert(file);
        c.troubleshooting = read_advice(in_folder(file), c, m.codes);
    }
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string file = entry.path().filename().string();
        if (expected.count(file) == 0)
            refuse(in_folder(file), "no code of data/codes.tsv has this value");
    }
    if (error) refuse(folder, error.message());
    return m;
}

}  // namespace codegen
