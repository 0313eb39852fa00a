// SPDX-License-Identifier: BSL-1.0
// <ipsec_error/fmt.hpp>: fmt::formatter for errc and condition, and, where the
// standard library has <format>, std::formatter for condition giving the same text.
#include <doctest/doctest.h>
#include <fmt/args.h>
#include <fmt/format.h>
#include <ipsec_error/fmt.hpp>
#include <ipsec_error/format.hpp>
#include <ipsec_error/ipsec_error.hpp>

#include <climits>
#include <sstream>
#include <string>

using ipsec_error::condition;
using ipsec_error::errc;

namespace {

std::string streamed(errc e) {
    std::ostringstream out;
    out << e;
    return out.str();
}

// What to_hresult gives, spelt as the Windows tools spell it.
std::string hresult_text(errc e) {
    constexpr char digits[] = "0123456789ABCDEF";
    auto bits = static_cast<std::uint32_t>(ipsec_error::to_hresult(e));
    std::string text = "0x00000000";
    for (std::size_t i = text.size(); i > 2; --i, bits >>= 4) text[i - 1] = digits[bits & 0xFu];
    return text;
}

}  // namespace

TEST_CASE("fmt: an errc prints as operator<< prints it") {
    for (const auto& r : ipsec_error::records) {
        CHECK(fmt::format("{}", r.code) == r.name);
        CHECK(fmt::format("{}", r.code) == streamed(r.code));
    }
    CHECK(fmt::format("{}", static_cast<errc>(42)) == "ipsec_error::errc(42)");
    CHECK(fmt::format("{}", static_cast<errc>(-7)) == "ipsec_error::errc(-7)");
    CHECK(fmt::format("{}", static_cast<errc>(INT_MIN)) == "ipsec_error::errc(-2147483648)");
    CHECK(fmt::format("{}", static_cast<errc>(INT_MAX)) == streamed(static_cast<errc>(INT_MAX)));
    CHECK(fmt::format("{:s}", errc::ike_timed_out) == "ERROR_IPSEC_IKE_TIMED_OUT");
}

TEST_CASE("fmt: an errc takes a string's fill, alignment, width and precision") {
    CHECK(fmt::format("[{:>30}]", errc::ike_timed_out) == "[     ERROR_IPSEC_IKE_TIMED_OUT]");
    CHECK(fmt::format("[{:<30}]", errc::ike_timed_out) == "[ERROR_IPSEC_IKE_TIMED_OUT     ]");
    CHECK(fmt::format("[{:*^29}]", errc::ike_timed_out) == "[**ERROR_IPSEC_IKE_TIMED_OUT**]");
    CHECK(fmt::format("[{:.11}]", errc::ike_timed_out) == "[ERROR_IPSEC]");
    CHECK(fmt::format("[{:>{}}]", errc::ike_timed_out, 27) == "[  ERROR_IPSEC_IKE_TIMED_OUT]");
    CHECK(fmt::format("[{0:>{1}}]", errc::ike_timed_out, 27) == "[  ERROR_IPSEC_IKE_TIMED_OUT]");
    CHECK(fmt::format("[{:>24}]", static_cast<errc>(42)) == "[   ipsec_error::errc(42)]");
    // A narrower width than the text leaves the text whole.
    CHECK(fmt::format("{:3}", errc::bad_spi) == "ERROR_IPSEC_BAD_SPI");
    // A fill character may be one of the presentation letters.
    CHECK(fmt::format("[{:m>22}]", errc::bad_spi) == "[mmmERROR_IPSEC_BAD_SPI]");
    CHECK(fmt::format("[{:d<20}]", errc::bad_spi) == "[ERROR_IPSEC_BAD_SPId]");
}

TEST_CASE("fmt: {:m} is the Windows message, {:h} the HRESULT, {:d} the value") {
    CHECK(fmt::format("{:m}", errc::ike_mm_delay_drop) == "Negotiation took too long");
    CHECK(fmt::format("{:h}", errc::ike_mm_delay_drop) == "0x800735F6");
    CHECK(fmt::format("{:d}", errc::ike_mm_delay_drop) == "13814");
    CHECK(fmt::format("{:h}", errc::qm_policy_exists) == "0x800732C8");
    for (const auto& r : ipsec_error::records) {
        const std::error_code ec = r.code;
        CHECK(fmt::format("{:m}", r.code) == ec.message());
        CHECK(fmt::format("{:m}", r.code) == r.message);
        CHECK(fmt::format("{:h}", r.code) == hresult_text(r.code));
        CHECK(fmt::format("{:d}", r.code) == std::to_string(r.value()));
        CHECK(ipsec_error::parse(fmt::format("{:h}", r.code)) == r.code);
    }
    // A value that is no code: the category's message, the same HRESULT rule, the number.
    CHECK(fmt::format("{:m}", static_cast<errc>(42)) == "unknown IPsec error 42");
    CHECK(fmt::format("{:m}", static_cast<errc>(INT_MIN)) ==
          ipsec_error::ipsec_category().message(INT_MIN));
    CHECK(fmt::format("{:h}", static_cast<errc>(42)) == "0x8007002A");
    CHECK(fmt::format("{:d}", static_cast<errc>(-7)) == "-7");
    CHECK(fmt::format("{:d}", static_cast<errc>(INT_MIN)) == "-2147483648");
}

TEST_CASE("fmt: m, h and d combine with fill, alignment, width and precision") {
    CHECK(fmt::format("[{:>12h}]", errc::ike_mm_delay_drop) == "[  0x800735F6]");
    CHECK(fmt::format("[{:*^12h}]", errc::ike_timed_out) == "[*0x800735ED*]");
    CHECK(fmt::format("[{:<8d}]", errc::ike_mm_delay_drop) == "[13814   ]");
    CHECK(fmt::format("[{:0>8d}]", errc::ike_mm_delay_drop) == "[00013814]");
    CHECK(fmt::format("[{:>30m}]", errc::ike_mm_delay_drop) == "[     Negotiation took too long]");
    CHECK(fmt::format("[{:.11m}]", errc::ike_mm_delay_drop) == "[Negotiation]");
    CHECK(fmt::format("[{:-^9.3d}]", errc::ike_mm_delay_drop) == "[---138---]");
    // Runtime format strings go through the same parser.
    CHECK(fmt::format(fmt::runtime("[{:>12h}]"), errc::ike_mm_delay_drop) == "[  0x800735F6]");
    CHECK(fmt::format(FMT_STRING("{:d} {:h} {}"), errc::bad_spi, errc::bad_spi, errc::bad_spi) ==
          "13910 0x80073656 ERROR_IPSEC_BAD_SPI");
}

TEST_CASE("fmt: a specification the formatter cannot honour is an error") {
    // A width from an argument is for the name only.
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}h}"), errc::bad_spi, 12),
                    fmt::format_error);
    // What a string does not take.
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), errc::bad_spi), fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:+h}"), errc::bad_spi), fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:#m}"), errc::bad_spi), fmt::format_error);
}

TEST_CASE("fmt: other sinks: format_to, to_string, arguments stored for later") {
    fmt::memory_buffer buffer;
    fmt::format_to(std::back_inserter(buffer), "{} {:h}", errc::bad_spi, errc::bad_spi);
    CHECK(fmt::to_string(buffer) == "ERROR_IPSEC_BAD_SPI 0x80073656");
    char small[8];
    const auto result = fmt::format_to_n(small, sizeof small, "{:d}", errc::bad_spi);
    CHECK(result.size == 5);
    CHECK(std::string(small, 5) == "13910");
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    store.push_back(errc::ike_timed_out);
    CHECK(fmt::vformat("{:m}", store) == "Negotiation timed out");
}

TEST_CASE("fmt: a condition prints as its name") {
    for (int v = 1; v <= ipsec_error::condition_count; ++v) {
        const auto c = static_cast<condition>(v);
        CHECK(fmt::format("{}", c) == ipsec_error::name_of(c));
    }
    CHECK(fmt::format("{}", condition::negotiation_timed_out) == "negotiation_timed_out");
    CHECK(fmt::format("[{:>11}]", condition::transient) == "[  transient]");
    CHECK(fmt::format("[{:.4}]", condition::transient) == "[tran]");
    CHECK(fmt::format("{}", static_cast<condition>(0)) == "ipsec_error::condition(0)");
    CHECK(fmt::format("{}", static_cast<condition>(INT_MIN)) ==
          "ipsec_error::condition(-2147483648)");
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:d}"), condition::transient),
                    fmt::format_error);
}

#if IPSEC_ERROR_HAS_FORMATTER
TEST_CASE("std::format: a condition prints as with fmt") {
    for (int v = -1; v <= ipsec_error::condition_count + 1; ++v) {
        const auto c = static_cast<condition>(v);
        CHECK(std::format("{}", c) == fmt::format("{}", c));
        CHECK(std::format("[{:*^30}]", c) == fmt::format("[{:*^30}]", c));
    }
    CHECK(std::format("{}", static_cast<condition>(INT_MIN)) ==
          "ipsec_error::condition(-2147483648)");
    CHECK(std::format("{}", condition::benign) == "benign");
}
#endif
