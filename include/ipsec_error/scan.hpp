// SPDX-License-Identifier: BSL-1.0
/// @file
/// IPsec codes where people meet them: inside logs, event text, dialogs and pasted sentences.
///
///     for (const ipsec_error::finding& f : ipsec_error::scan(line))
///         for (ipsec_error::errc e : f.codes) explain(e, line.substr(f.offset, f.length));
///
/// find_by_message() tells the codes whose Windows message a text is; scan() finds every code
/// in a text, in every form it is written in. Both are constexpr and noexcept and never
/// allocate. This header is apart from the umbrella <ipsec_error/ipsec_error.hpp>, which stays
/// as light as it was.
///
/// What scan() finds, each only as a whole token, never inside a longer number, hex number or
/// identifier (the bytes around it are not letters, digits or '_'), with its code_form:
///
/// - name: ERROR_IPSEC_*, WARNING_IPSEC_*, WSA_IPSEC_* and STATUS_IPSEC_* names of codes, in
///   any letter case; a misspelt name is nothing.
/// - hresult: 0x8007xxxx and HRESULT_FROM_NT's 0xD036xxxx (0x or 0X, any letter case), and the
///   same in signed decimal (-2147011082).
/// - ntstatus: 0xC036xxxx, also in signed decimal.
/// - hex: the value in hexadecimal with 0x (0x35E9), zero-padded up to eight digits
///   (0x000035ED); not a hex dump's offset ("0x35f0:" at the start of a line).
/// - error_code: ipsec:13814, what a std::error_code prints.
/// - message: the Windows message, compared as find_by_message() compares it, or the first
///   sentences of a message of several ("IKE failed to find valid machine certificate", the
///   first of 13806's two) where no whole message reads the same. A match of five words or
///   more counts wherever it stands, also wrapped over lines at a word (a run of white space
///   may hold line breaks: Get-EventLog | Format-List, Format-Table -Wrap); a shorter one
///   ("Negotiation timed out", "Invalid policy") only on one line, and only where it stands
///   alone: after the start of the text or of a line or punctuation (": ", "\"", ">"), and
///   before the end of a line, punctuation other than '?', or its final period; never inside
///   a longer sentence ("Invalid policy name"), before a question mark ("negotiation took too
///   long?"), after a JavaScript error's type ("TypeError: Load failed") or joined to a word
///   by a hyphen. A short message of three words or more that ends in "error" ("Policy match
///   error", "General processing error") counts inside a sentence too: "I get a policy match
///   error on Windows 10". Messages are matched in English only: a Windows installed in
///   another language shows them translated, and scan() knows no translation.
/// - decimal: the bare value of a code (13000 to 13932, or Winsock's 11033), only where the
///   text says that it is an error code:
///   - after a word that ends in "error", "errorcode" or "errcode", or "err" or "errno":
///     "error 13806", "Win32 error 13806", "<failureErrorCode>13805<", "\"error\":13813",
///     "NativeErrorCode: 13806", "syscall.Errno = 13801" (not a documentation tag, "@error");
///   - in parentheses after a word that ends in "exception", or after strongSwan's MS_STATUS:
///     "Win32Exception (13806)", "N(MS_STATUS(13801))";
///   - after "code" written as a key ("code=13925", "\"code\": 13925"), or after "error code",
///     "failure code", "reason code", "return code";
///   - after "is" or "was" that follows one of these or "failure": "The error code returned
///     on failure is 13801." (RasClient event 20227);
///   - after "returned" or "returns" that follows an error word, past a call's empty
///     parentheses, or after such a call and '=': "GetLastError() returned 13868",
///     "GetLastError() = 13806";
///   - before a word that ends in "error" or "errors", past at most four words on the same
///     line that qualify the number (no verb, no joining word: "is", "and", "with"...): "a
///     13801 error", "13868 errors", "the 13801 IKE authentication failure error"; or before
///     "is defined" or "translates to" ("13801 is defined in winerror.h"); only at the start
///     of a line or after a word that points at one error ("a", "the", "this", "intermittent",
///     "IKE"...): not "found 13003 errors", "VIX 13004 errors", "port 13801 error";
///   - beside the name, message or hex value of the same code, past at most three bytes of
///     blanks, ',', '(', ':', '-' or '=': "{13801, ERROR_IPSEC_IKE_AUTH_FAIL}",
///     "ERROR_IPSEC_IKE_POLICY_MATCH - 13868 (0x362C)", "13843 (0x3613)", "13801 IKE
///     authentication credentials are unacceptable".
///
///   The number has five digits, is not part of a version or decimal number (13806.1), and no
///   unit follows it (bytes, ms, seconds, times, packets...): ports, byte counts, PIDs, times
///   and versions are never read as codes. Precision comes before recall: a bare number with
///   nothing of these around it ("failed (13805)", "13806 is also common") is not found.
///
/// STATUS_IPSEC_QUEUE_OVERFLOW, an IPsec NTSTATUS with no Win32 code, is found too, as its
/// name (form name), 0xC000A010 or its signed decimal (ntstatus) and HRESULT_FROM_NT's
/// 0xD000A010 (hresult): such a finding has no codes and points to its status_only_code.
///
/// Findings come in order of position and never overlap: where two forms cover the same bytes
/// (a range marker's name is also its message) there is one finding, the name. Every finding's
/// text gives its codes back through parse() or, for a message, find_by_message(), and a
/// status-only finding's text its code through parse_status_only().
#ifndef IPSEC_ERROR_SCAN_HPP
#define IPSEC_ERROR_SCAN_HPP

#include <cstddef>
#include <iterator>
#include <string_view>

#include <ipsec_error/detail/ascii.hpp>
#include <ipsec_error/detail/scan_findings.hpp>
#include <ipsec_error/detail/scan_loop.hpp>
#include <ipsec_error/detail/scan_messages.hpp>
#include <ipsec_error/finding.hpp>
#include <ipsec_error/lookup.hpp>
#include <ipsec_error/records.hpp>

namespace ipsec_error {
inline namespace v1 {

/// The codes whose Windows message text is, in ascending order: letter case,
/// a final period, runs of white space and white space around the text do
/// not matter. "Negotiation took too long" gives 13814 and 13815,
/// "Negotiation request sat in Queue too long" four codes. The first
/// sentences of a message of several sentences give its code too ("IKE failed
/// to find valid machine certificate", 13806), unless they are a whole message
/// of their own ("SA establishment is not authorized" is 13905's, not 13907's
/// first); anything else gives none.
constexpr message_matches find_by_message(std::string_view text) noexcept {
    text = detail::trim(text);
    message_matches matches;
    const finding probe = detail::scanning::match_message_at(text, 0, true);
    if (probe.offset != 0) return matches;
    for (errc e : probe.codes) detail::scan_access::add(matches, find(e));
    return matches;
}

/// The codes found in a text, in order of position: a forward range of
/// finding that range-for iterates, usable in constant expressions. It holds
/// a view of the text, which must outlive it; each step finds the next code.
class findings {
public:
    /// Iterates over the findings; each ++ finds the next one.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;  ///< a forward iterator
        using value_type = finding;                           ///< a code found in the text
        using difference_type = std::ptrdiff_t;               ///< a distance between two
        using pointer = const finding*;                       ///< what -> gives
        using reference = const finding&;                     ///< what * gives

        /// An iterator past every finding.
        constexpr iterator() noexcept = default;
        /// The finding.
        constexpr reference operator*() const noexcept { return current_; }
        /// The finding's members.
        constexpr pointer operator->() const noexcept { return &current_; }
        /// To the next finding.
        constexpr iterator& operator++() noexcept {
            current_ = detail::scanning::next_finding(text_, current_.offset + current_.length);
            return *this;
        }
        /// To the next finding; the iterator as it was.
        constexpr iterator operator++(int) noexcept {
            iterator old = *this;
            ++*this;
            return old;
        }
        /// True when both are at the same finding, or both past the last.
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.current_.offset == b.current_.offset;
        }
        /// True when they are at different findings.
        friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
            return !(a == b);
        }

    private:
        friend class findings;
        constexpr iterator(std::string_view text, const finding& current) noexcept
            : text_(text), current_(current) {}
        std::string_view text_;
        finding current_ = detail::scanning::nothing();
    };

    /// The findings of text.
    constexpr explicit findings(std::string_view text) noexcept : text_(text) {}
    /// The first finding (found when called).
    constexpr iterator begin() const noexcept {
        return {text_, detail::scanning::next_finding(text_, 0)};
    }
    /// Past the last finding.
    constexpr iterator end() const noexcept { return {}; }
    /// True when the text holds no code.
    constexpr bool empty() const noexcept { return begin() == end(); }
    /// The text that is scanned.
    constexpr std::string_view text() const noexcept { return text_; }

private:
    std::string_view text_;
};

/// Every IPsec code in text, in every form listed at the top of this header:
/// `for (const finding& f : scan(text))`.
constexpr findings scan(std::string_view text) noexcept { return findings(text); }

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_SCAN_HPP
