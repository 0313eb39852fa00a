// SPDX-License-Identifier: BSL-1.0
// ipsec-error-codegen: writes the generated headers of the library from the
// data (data/), or, with --check, says which of them the data no longer
// gives. The build runs the check, so that a stale header is a build error;
// `cmake --build build --target regenerate` runs the writer.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "read_data.hpp"
#include "writers.hpp"

namespace {

constexpr const char* usage =
    "usage: ipsec-error-codegen [--check] DATA ROOT\n"
    "  Writes the generated headers under ROOT (the project's root) from the\n"
    "  data in DATA (its data/ folder). With --check, writes nothing, names each\n"
    "  generated header that is not what the data gives, and exits 1 if any.\n";

std::string contents(const std::string& path, bool& exists) {
    std::ifstream in(path, std::ios::binary);
    exists = static_cast<bool>(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    const bool check = !args.empty() && args.front() == "--check";
    if (check) args.erase(args.begin());
    if (args.size() != 2) {
        std::cerr << usage;
        return 2;
    }
    const std::string data(args[0]);
    const std::string root(args[1]);

    std::vector<codegen::generated_file> files;
    try {
        const codegen::model m = codegen::read_data(data);
        files.push_back(codegen::errc_header(m));
        files.push_back(codegen::table_header(m));
        files.push_back(codegen::status_only_header(m));
        for (codegen::generated_file& f : codegen::troubleshooting_headers(m)) files.push_back(f);
        files.push_back(codegen::scan_tables_header(m));
    } catch (const codegen::data_error& e) {
        std::cerr << "ipsec-error-codegen: " << e.what() << '\n';
        return 1;
    }

    int stale = 0;
    for (const codegen::generated_file& f : files) {
        const std::string path = root + "/" + f.path;
        bool exists = false;
        const std::string old = contents(path, exists);
        if (exists && old == f.text) continue;
        if (check) {
            std::cerr << "ipsec-error-codegen: " << f.path
                      << " is stale: it is not what data/ gives; run "
                         "`cmake --build build --target regenerate`\n";
            ++stale;
            continue;
        }
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << f.text;
        if (!out.flush()) {
            std::cerr << "ipsec-error-codegen: cannot write " << path << '\n';
            return 2;
        }
        std::cout << "wrote " << f.path << '\n';
    }
    return stale == 0 ? 0 : 1;
}
