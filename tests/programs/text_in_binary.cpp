// SPDX-License-Identifier: BSL-1.0
// Counts the troubleshooting summaries found in a file (a program's binary)
// and prints its size: the proof that <ipsec_error/ipsec_error.hpp> alone
// leaves the troubleshooting text out of a program.
//
//     text_in_binary FILE none|all   exit 0 when none, or all, of the summaries are in FILE
#include <ipsec_error/troubleshooting.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    const std::string expected = argc == 3 ? argv[2] : "";
    if (expected != "none" && expected != "all") {
        std::cerr << "usage: text_in_binary FILE none|all\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "text_in_binary: cannot read " << argv[1] << '\n';
        return 2;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t found = 0;
    std::size_t text_bytes = 0;
    for (const auto& entry : ipsec_error::detail::troubleshooting_entries) {
        if (bytes.find(entry.summary) != std::string::npos) ++found;
        text_bytes +=
            entry.summary.size() + entry.causes.text().size() + entry.actions.text().size();
    }
    std::cout << argv[1] << ": " << bytes.size() << " bytes, " << found << " of "
              << ipsec_error::detail::troubleshooting_entries.size()
              << " troubleshooting summaries (the text is " << text_bytes << " bytes in all)\n";
    const std::size_t wanted =
        expected == "all" ? ipsec_error::detail::troubleshooting_entries.size() : 0;
    return found == wanted ? 0 : 1;
}
