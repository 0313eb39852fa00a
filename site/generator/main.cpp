// SPDX-License-Identifier: BSL-1.0
// The reference site's generator: writes index.html, one page a code,
// scan.html, the stylesheet and scripts, and (given a base address)
// sitemap.xml and robots.txt, from the library's table and troubleshooting
// text through mustache templates, which escape every value they insert.
//
//   ipsec-error-site-generator --source DIR --wasm FILE --out DIR
//       [--base-url URL] [--homepage URL] [--source-url URL]
#include <ipsec_error/conditions.hpp>
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/scan.hpp>
#include <ipsec_error/troubleshooting.hpp>
#include <ipsec_error/version.hpp>

#include <mustache.hpp>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "files.hpp"
#include "forms.hpp"
#include "stages.hpp"

namespace fs = std::filesystem;
namespace mu = kainjow::mustache;

namespace ipsec_error_site {

namespace {

struct options {
    fs::path source;  // site/: templates/ and assets/
    fs::path wasm;
    fs::path out;
    std::string base_url;    // where the site is published, for sitemap.xml
    std::string homepage;    // the project's address
    std::string source_url;  // the address of the source tree's files, for "edit" links
};

// The scripts and stylesheet copied as they are.
const std::vector<std::string_view> asset_files = {"site.css", "search.js", "copy.js", "scan.js"};

std::string with_slash(std::string url) {
    if (!url.empty() && url.back() != '/') url += '/';
    return url;
}

options parse_options(int argc, char** argv) {
    options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) throw std::runtime_error("missing value after " + std::string(arg));
        const std::string value = argv[++i];
        if (arg == "--source") {
            o.source = value;
        } else if (arg == "--wasm") {
            o.wasm = value;
        } else if (arg == "--out") {
            o.out = value;
        } else if (arg == "--base-url") {
            o.base_url = with_slash(value);
        } else if (arg == "--homepage") {
            o.homepage = value;
        } else if (arg == "--source-url") {
            o.source_url = with_slash(value);
        } else {
            throw std::runtime_error("unknown option " + std::string(arg));
        }
    }
    if (o.source.empty() || o.wasm.empty() || o.out.empty()) {
        throw std::runtime_error(
            "usage: --source DIR --wasm FILE --out DIR [--base-url URL] "
            "[--homepage URL] [--source-url URL]");
    }
    return o;
}

std::string str(std::string_view s) { return std::string(s); }

class templates {
public:
    explicit templates(fs::path folder) : folder_(std::move(folder)) {}

    // Renders the template NAME.mustache with data; its partials ({{> NAME}})
    // are the other templates of the folder.
    std::string render(const std::string& name, mu::data data) const {
        for (const char* partial : {"head", "header", "footer", "stages"}) {
            const std::string& text = text_of(partial);
            data.set(partial, mu::partial([&text] { return text; }));
        }
        mu::mustache page(text_of(name));
        if (!page.is_valid()) throw std::runtime_error(name + ".mustache: " + page.error_message());
        std::string out = page.render(data);
        if (!page.is_valid()) throw std::runtime_error(name + ".mustache: " + page.error_message());
        return out;
    }

    // Renders NAME.mustache as plain text: nothing is escaped (for text that the
    // caller escapes as a whole, such as a program shown in a page).
    std::string render_text(const std::string& name, const mu::data& data) const {
        mu::mustache text(text_of(name));
        text.set_custom_escape([](const std::string& s) { return s; });
        std::string out = text.render(data);
        if (!text.is_valid()) throw std::runtime_error(name + ".mustache: " + text.error_message());
        return out;
    }

private:
    const std::string& text_of(const std::string& name) const {
        auto it = cache_.find(name);
        if (it == cache_.end()) {
            it = cache_.emplace(name, read_file(folder_ / (name + ".mustache"))).first;
        }
        return it->second;
    }

    fs::path folder_;
    mutable std::map<std::string, std::string> cache_;
};

// A text with `commands` in backticks, as pieces: plain text and commands.
mu::data pieces_of(std::string_view text) {
    mu::data list{mu::data::type::list};
    bool command = false;
    while (!text.empty() || command) {
        const std::size_t tick = text.find('`');
        const std::string_view piece = text.substr(0, tick);
        if (!piece.empty()) {
            mu::data p;
            p.set(command ? "command" : "text", str(piece));
            list.push_back(p);
        }
        if (tick == std::string_view::npos) break;
        text.remove_prefix(tick + 1);
        command = !command;
    }
    return list;
}

// What every page shares: its path back to the site's root, the version, the links out.
mu::data page_base(const options& o, const std::string& root, const std::string& path) {
    mu::data d;
    d.set("root", root);
    d.set("version", IPSEC_ERROR_VERSION_STRING);
    d.set("code_count", std::to_string(ipsec_error::records.size()));
    if (!o.homepage.empty()) d.set("homepage", o.homepage);
    if (!o.base_url.empty()) d.set("canonical", o.base_url + path);
    return d;
}

mu::data forms_data(const code_forms& f) {
    mu::data d;
    d.set("decimal", f.decimal);
    d.set("hex", f.hex);
    d.set("hex_bare", f.hex.substr(2));
    d.set("hresult", f.hresult);
    d.set("hresult_signed", f.hresult_signed);
    d.set("enumerator", f.enumerator);
    if (!f.ntstatus.empty()) {
        d.set("ntstatus", f.ntstatus);
        d.set("hresult_from_nt", f.hresult_from_nt);
    }
    return d;
}

std::string lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

// Every form the search box matches exactly, lower case, separated by spaces.
std::string search_forms(const ipsec_error::record& r, const code_forms& f) {
    std::vector<std::string> forms = {f.decimal,           f.hex,
                                      f.hex.substr(2),     f.hresult,
                                      f.hresult.substr(2), f.hresult_signed,
                                      lower(str(r.name)),  f.enumerator};
    if (!f.ntstatus.empty()) {
        forms.insert(forms.end(), {f.ntstatus, f.ntstatus.substr(2), f.hresult_from_nt,
                                   f.hresult_from_nt.substr(2)});
    }
    std::string out;
    for (const std::string& form : forms) out += (out.empty() ? "" : " ") + lower(form);
    return out;
}

// A code as the index and the related links show it.
mu::data summary_data(const ipsec_error::record& r) {
    const code_forms f = forms_of(r);
    mu::data d = forms_data(f);
    d.set("name", str(r.name));
    d.set("message", str(r.message));
    d.set("severity", str(ipsec_error::name_of(r.severity)));
    d.set("part", str(ipsec_error::description_of(r.part)));
    d.set("search", search_forms(r, f));
    return d;
}

// The stages drawing: geometry here, markup in stages.mustache.
mu::data stages_data(const ipsec_error::record& r) {
    constexpr int box_height = 50;
    constexpr int gap = 18;
    constexpr int top = 8;
    const std::vector<std::size_t> marked = stages_of(r.part);
    const auto is_marked = [&marked](std::size_t i) {
        return std::find(marked.begin(), marked.end(), i) != marked.end();
    };
    mu::data column{mu::data::type::list};
    mu::data side;
    std::string names;
    std::string here;
    int y = top;
    const std::vector<stage>& all = stages();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string title = str(all[i].title);
        const std::string detail = str(all[i].detail);
        names.append(names.empty() ? "" : ", then ")
            .append(title)
            .append(" (")
            .append(detail)
            .append(")");
        if (is_marked(i)) here += (here.empty() ? "" : ", ") + title;
        mu::data s;
        s.set("title", title);
        s.set("detail", detail);
        s.set("marked", is_marked(i));
        if (i == dos_protection_stage()) {
            side = std::move(s);
            continue;
        }
        s.set("y", std::to_string(y));
        s.set("title_y", std::to_string(y + 22));
        s.set("detail_y", std::to_string(y + 40));
        const bool last = i + 2 == all.size();
        if (!last) {
            s.set("arrow_from", std::to_string(y + box_height));
            s.set("arrow_to", std::to_string(y + box_height + gap - 5));
            s.set("arrow_tip", std::to_string(y + box_height + gap - 1));
        }
        column.push_back(s);
        y += box_height + gap;
    }
    const int height = y - gap + top;
    // The side bar stands beside the negotiation and the packets (the second stage to the last).
    const int side_top = top + box_height + gap;
    side.set("y", std::to_string(side_top));
    side.set("height", std::to_string(height - top - side_top));
    side.set("middle", std::to_string((side_top + height - top) / 2));
    mu::data d;
    d.set("height", std::to_string(height));
    d.set("column", column);
    d.set("side", side);
    std::string description =
        "The stages of an IPsec connection: " + names.substr(0, names.rfind(", then ")) + "; " +
        str(all[dos_protection_stage()].title) + " stands in front of negotiation and packets. ";
    description += here.empty() ? "This code marks no stage: it bounds a range of codes."
                                : "This code arises in: " + here + ".";
    d.set("description", description);
    return d;
}

std::string code_page(const templates& t, const options& o, const ipsec_error::record& r) {
    const std::string value = std::to_string(r.value());
    mu::data d = page_base(o, "../", "codes/" + value + ".html");
    const code_forms f = forms_of(r);
    const mu::data code = summary_data(r);
    d.set("code", code);
    d.set("usage", t.render_text("usage", code));
    d.set("title", str(r.name) + " (" + value + ", " + f.hex + "): " + str(r.message));
    d.set("description", str(r.name) + " is Windows IPsec error " + value + " (" + f.hex +
                             ", HRESULT " + f.hresult + "): " + str(r.message) +
                             ". What it means and what to do.");
    mu::data conditions{mu::data::type::list};
    for (int c = 1; c <= ipsec_error::condition_count; ++c) {
        const auto condition = static_cast<ipsec_error::condition>(c);
        if (!r.conditions.contains(condition)) continue;
        mu::data item;
        item.set("name", str(ipsec_error::name_of(condition)));
        item.set("meaning", ipsec_error::condition_category().message(c));
        conditions.push_back(item);
    }
    d.set("conditions", conditions);
    d.set("has_conditions", !conditions.is_empty_list());

    const ipsec_error::troubleshooting* help = ipsec_error::troubleshooting_for(r.code);
    if (help == nullptr) throw std::logic_error(str(r.name) + " has no troubleshooting entry");
    d.set("summary", pieces_of(help->summary));
    mu::data causes{mu::data::type::list};
    for (std::string_view cause : help->causes)
        causes.push_back(mu::object{{"pieces", pieces_of(cause)}});
    d.set("causes", causes);
    mu::data actions{mu::data::type::list};
    for (std::string_view action : help->actions)
        actions.push_back(mu::object{{"pieces", pieces_of(action)}});
    d.set("actions", actions);
    mu::data related{mu::data::type::list};
    for (ipsec_error::errc e : help->related)
        related.push_back(summary_data(*ipsec_error::find(e)));
    d.set("related", related);
    d.set("has_related", !related.is_empty_list());
    d.set("stage_map", stages_data(r));

    mu::data edits{mu::data::type::list};
    for (const std::string& file :
         {"data/troubleshooting/" + value + ".toml", std::string("data/codes.tsv")}) {
        mu::data e;
        e.set("file", file);
        e.set("what", file == "data/codes.tsv" ? "name, message, part, severity, conditions"
                                               : "summary, causes, steps, related codes");
        if (!o.source_url.empty()) e.set("url", o.source_url + file);
        edits.push_back(e);
    }
    d.set("edits", edits);
    return t.render("code", d);
}

std::string index_page(const templates& t, const options& o) {
    mu::data d = page_base(o, "", "");
    d.set("title", "ipsec-error: the Windows IPsec error codes explained");
    d.set("description", "All " + std::to_string(ipsec_error::records.size()) +
                             " Windows IPsec error codes (ERROR_IPSEC_*, WARNING_IPSEC_*) with "
                             "their exact message, HRESULT and NTSTATUS forms and what to do.");
    mu::data groups{mu::data::type::list};
    std::size_t shown = 0;
    for (ipsec_error::part p : parts_in_stage_order()) {
        mu::data codes{mu::data::type::list};
        for (const ipsec_error::record& r : ipsec_error::records) {
            if (r.part == p) codes.push_back(summary_data(r));
        }
        if (codes.is_empty_list()) continue;
        shown += codes.list_value().size();
        mu::data g;
        g.set("part", str(ipsec_error::name_of(p)));
        g.set("title", str(ipsec_error::description_of(p)));
        g.set("count", std::to_string(codes.list_value().size()));
        g.set("codes", codes);
        groups.push_back(g);
    }
    if (shown != ipsec_error::records.size()) {
        throw std::logic_error("a part of the table is missing from the index's groups");
    }
    d.set("groups", groups);
    mu::data others{mu::data::type::list};
    for (const ipsec_error::status_only_code& c : ipsec_error::status_only_codes) {
        mu::data s;
        s.set("name", str(c.name));
        s.set("status", hex(c.status, 8));
        s.set("hresult_from_nt", hex(c.status | ipsec_error::detail::hresult_facility_nt_bit, 8));
        s.set("win32_name", str(c.win32_name));
        s.set("win32_value", std::to_string(c.win32_value));
        others.push_back(s);
    }
    d.set("status_only", others);
    return t.render("index", d);
}

// A string as JSON, safe inside a <script> element: no "<" or "&" appears.
std::string json_string(std::string_view s) {
    static constexpr char digit[] = "0123456789abcdef";
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || c == '<' || c == '>' || c == '&') {
            out += "\\u00";
            out += digit[u >> 4u];
            out += digit[u & 0xFu];
        } else {
            out += c;
        }
    }
    return out + '"';
}

// What the scan page shows of the codes its findings name: each code's name
// and message by value, and each status-only code's name and what it maps to,
// by NTSTATUS.
std::string scan_table() {
    std::string json = "{\"forms\":[";
    for (std::uint32_t f = 0; !ipsec_error::name_of(static_cast<ipsec_error::code_form>(f)).empty();
         ++f) {
        json += (f == 0 ? "" : ",") +
                json_string(ipsec_error::name_of(static_cast<ipsec_error::code_form>(f)));
    }
    json += "],\"codes\":{";
    bool first = true;
    for (const ipsec_error::record& r : ipsec_error::records) {
        json += (first ? "\"" : ",\"") + std::to_string(r.value()) + "\":[" + json_string(r.name) +
                "," + json_string(r.message) + "]";
        first = false;
    }
    json += "},\"status_only\":{";
    first = true;
    for (const ipsec_error::status_only_code& c : ipsec_error::status_only_codes) {
        const std::string meaning = "An IPsec NTSTATUS (" + hex(c.status, 8) +
                                    ") without an IPsec Win32 code; Windows maps it to " +
                                    str(c.win32_name) + " (" + std::to_string(c.win32_value) + ").";
        json += (first ? "\"" : ",\"") + std::to_string(c.status) + "\":[" + json_string(c.name) +
                "," + json_string(meaning) + "]";
        first = false;
    }
    return json + "}}";
}

std::string scan_page(const templates& t, const options& o) {
    mu::data d = page_base(o, "", "scan.html");
    d.set("title", "Find IPsec error codes in a log: ipsec-error");
    d.set("description",
          "Paste a Windows log, event or error text: every IPsec error code in it "
          "is found in your browser, in any form. Nothing leaves the page.");
    d.set("module", base64(read_file(o.wasm)));
    const std::string worker = read_file(o.source / "assets" / "scan_worker.js");
    if (lower(worker).find("</script") != std::string::npos) {
        throw std::runtime_error("scan_worker.js must not hold \"</script\": it is inlined");
    }
    d.set("worker", worker);
    d.set("codes_json", scan_table());
    return t.render("scan", d);
}

void write_sitemap(const options& o) {
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    const auto add = [&xml, &o](const std::string& path) {
        xml += "  <url><loc>" + mu::html_escape(o.base_url + path) + "</loc></url>\n";
    };
    add("");
    add("scan.html");
    for (const ipsec_error::record& r : ipsec_error::records) {
        add("codes/" + std::to_string(r.value()) + ".html");
    }
    xml += "</urlset>\n";
    write_file(o.out / "sitemap.xml", xml);
    write_file(o.out / "robots.txt",
               "User-agent: *\nAllow: /\nSitemap: " + o.base_url + "sitemap.xml\n");
}

void generate(const options& o) {
    const templates t(o.source / "templates");
    write_file(o.out / "index.html", index_page(t, o));
    write_file(o.out / "scan.html", scan_page(t, o));
    for (const ipsec_error::record& r : ipsec_error::records) {
        write_file(o.out / "codes" / (std::to_string(r.value()) + ".html"), code_page(t, o, r));
    }
    for (std::string_view asset : asset_files) {
        write_file(o.out / asset, read_file(o.source / "assets" / asset));
    }
    // A site written before with a base address keeps no stale sitemap.
    fs::remove(o.out / "sitemap.xml");
    fs::remove(o.out / "robots.txt");
    if (!o.base_url.empty()) write_sitemap(o);
}

}  // namespace

}  // namespace ipsec_error_site

int main(int argc, char** argv) {
    try {
        ipsec_error_site::generate(ipsec_error_site::parse_options(argc, argv));
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "ipsec-error-site-generator: " << e.what() << '\n';
        return 1;
    }
}
