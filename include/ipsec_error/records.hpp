// SPDX-License-Identifier: BSL-1.0
/// @file
/// The table of IPsec codes, records.
///
/// One record per code, in ascending order of value: its name and the message
/// Windows prints (byte for byte as winerror.h has them, missing final periods
/// and double spaces included), the part of IPsec it comes from, its severity
/// and the portable conditions it belongs to. The project's build checks the
/// table when it compiles (check_table below, evaluated by
/// tests/compile_time_checks.hpp): a broken row is a build error there.
#ifndef IPSEC_ERROR_RECORDS_HPP
#define IPSEC_ERROR_RECORDS_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {
inline namespace v1 {

/// Where in IPsec a code comes from (record::part).
enum class part : unsigned char {
    policy_store,    ///< the IPsec Policy Agent's store of policies, filters and auth lists
    main_mode,       ///< IKE main mode (phase 1): peer authentication and the IKE SA
    quick_mode,      ///< IKE quick mode (phase 2): the SAs that protect data
    extended_mode,   ///< AuthIP extended mode: the second, user authentication
    ike,             ///< IKE or AuthIP in general, not one mode in particular
    packet_path,     ///< the IPsec driver, packet by packet
    dos_protection,  ///< IPsec DoS Protection
    range_marker,    ///< bounds a range of codes in winerror.h; not an outcome
    winsock,         ///< Winsock, setting up IPsec for a socket (WSA_IPSEC_* codes)
};

/// How bad a code is (record::severity). Only the WARNING_IPSEC_* codes are warnings.
enum class severity : unsigned char {
    error,          ///< something failed
    warning,        ///< the request succeeded, but not entirely as asked
    informational,  ///< a state or an event, not a failure
};

/// The enumerator's spelling ("main_mode"); empty for a value that is no part.
constexpr std::string_view name_of(part p) noexcept {
    switch (p) {
        case part::policy_store: return "policy_store";
        case part::main_mode: return "main_mode";
        case part::quick_mode: return "quick_mode";
        case part::extended_mode: return "extended_mode";
        case part::ike: return "ike";
        case part::packet_path: return "packet_path";
        case part::dos_protection: return "dos_protection";
        case part::range_marker: return "range_marker";
        case part::winsock: return "winsock";
    }
    return {};
}

/// The enumerator's spelling ("informational"); empty for a value that is no severity.
constexpr std::string_view name_of(severity s) noexcept {
    switch (s) {
        case severity::error: return "error";
        case severity::warning: return "warning";
        case severity::informational: return "informational";
    }
    return {};
}

/// What a part is, for people: "IKE main mode (phase 1)"; empty for a value that is no part.
constexpr std::string_view description_of(part p) noexcept {
    switch (p) {
        case part::policy_store: return "IPsec policy store";
        case part::main_mode: return "IKE main mode (phase 1)";
        case part::quick_mode: return "IKE quick mode (phase 2)";
        case part::extended_mode: return "AuthIP extended mode";
        case part::ike: return "IKE and AuthIP";
        case part::packet_path: return "IPsec driver packet path";
        case part::dos_protection: return "IPsec DoS Protection";
        case part::range_marker: return "range marker (not a result)";
        case part::winsock: return "Winsock secure sockets";
    }
    return {};
}

// The compiler pads between the members, which keep the order of the rows
// that initialise them; Clang's -Wpadded would report it in users' code.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wpadded"
#endif
/// One row of the table: everything the library knows about a code but its troubleshooting
/// text.
struct record {
    errc code;                       ///< the code
    std::string_view name;           ///< its winerror.h name: "ERROR_IPSEC_IKE_MM_DELAY_DROP"
    std::string_view message;        ///< what FormatMessage returns on Windows, byte for byte
    ipsec_error::part part;          ///< where in IPsec it comes from
    ipsec_error::severity severity;  ///< error, warning or informational
    condition_set conditions;        ///< the portable conditions it belongs to

    /// The Win32 value (13814), as an int.
    constexpr int value() const noexcept { return static_cast<int>(code); }
};
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

/// The number of codes, and so of rows in records.
inline constexpr std::size_t record_count = 154;

// One row a code, laid out by hand (clang-format would scatter it). The
// strings are std::string_view literals ("..."sv): their length is then known
// without counting characters in a constant expression, which would make
// every translation unit that includes this header slower to compile.
// clang-format off
/// Holds the table, so that the string_view literals it is written with stay out of
/// namespace ipsec_error. Use it as ipsec_error::records.
namespace table {
using namespace std::string_view_literals;
/// The table: one record per IPsec code, in ascending order of value (a constexpr
/// std::array, usable in constant expressions). find() looks codes up in it.
inline constexpr std::array<record, record_count> records{{
    {errc::name_policy_error, "WSA_IPSEC_NAME_POLICY_ERROR"sv,
     "Name based IPSEC policy could not be added."sv,
     part::winsock, severity::error, {condition::configuration_problem}},
    {errc::qm_policy_exists, "ERROR_IPSEC_QM_POLICY_EXISTS"sv,
     "The specified quick mode policy already exists."sv,
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::qm_policy_not_found, "ERROR_IPSEC_QM_POLICY_NOT_FOUND"sv,
     "The specified quick mode policy was not found."sv,
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::qm_policy_in_use, "ERROR_IPSEC_QM_POLICY_IN_USE"sv,
     "The specified quick mode policy is being used."sv,
     part::policy_store, severity::error, {condition::policy_object_busy}},
    {errc::mm_policy_exists, "ERROR_IPSEC_MM_POLICY_EXISTS"sv,
     "The specified main mode policy already exists."sv,
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::mm_policy_not_found, "ERROR_IPSEC_MM_POLICY_NOT_FOUND"sv,
     "The specified main mode policy was not found"sv,
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_policy_in_use, "ERROR_IPSEC_MM_POLICY_IN_USE"sv,
     "The specified main mode policy is being used."sv,
     part::policy_store, severity::error, {condition::policy_object_busy}},
    {errc::mm_filter_exists, "ERROR_IPSEC_MM_FILTER_EXISTS"sv,
     "The specified main mode filter already exists."sv,
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::mm_filter_not_found, "ERROR_IPSEC_MM_FILTER_NOT_FOUND"sv,
     "The specified main mode filter was not found."sv,
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::transport_filter_exists, "ERROR_IPSEC_TRANSPORT_FILTER_EXISTS"sv,
     "The specified transport mode filter already exists."sv,
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::transport_filter_not_found, "ERROR_IPSEC_TRANSPORT_FILTER_NOT_FOUND"sv,
     "The specified transport mode filter does not exist."sv,
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_auth_exists, "ERROR_IPSEC_MM_AUTH_EXISTS"sv,
     "The specified main mode authentication list exists."sv,
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::mm_auth_not_found, "ERROR_IPSEC_MM_AUTH_NOT_FOUND"sv,
     "The specified main mode authentication list was not found."sv,
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_auth_in_use, "ERROR_IPSEC_MM_AUTH_IN_USE"sv,
     "The specified main mode authentication list is being used."sv,
     part::policy_store, severity::error, {condition::policy_object_busy}},
    {errc::default_mm_policy_not_found, "ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUND"sv,
     "The specified default main mode policy was not found."sv,
     part::policy_store, severity::error,
     {condition::policy_object_not_found,
      condition::configuration_problem}},
    {errc::default_mm_auth_not_found, "ERROR_IPSEC_DEFAULT_MM_AUTH_NOT_FOUND"sv,
     "The specified default main mode authentication list was not found."sv,
     part::policy_store, severity::error,
     {condition::policy_object_not_found,
      condition::configuration_problem}},
    {errc::default_qm_policy_not_found, "ERROR_IPSEC_DEFAULT_QM_POLICY_NOT_FOUND"sv,
     "The specified default quick mode policy was not found."sv,
     part::policy_store, severity::error,
     {condition::policy_object_not_found,
      condition::configuration_problem}},
    {errc::tunnel_filter_exists, "ERROR_IPSEC_TUNNEL_FILTER_EXISTS"sv,
     "The specified tunnel mode filter exists."sv,
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::tunnel_filter_not_found, "ERROR_IPSEC_TUNNEL_FILTER_NOT_FOUND"sv,
     "The specified tunnel mode filter was not found."sv,
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_filter_pending_deletion, "ERROR_IPSEC_MM_FILTER_PENDING_DELETION"sv,
     "The Main Mode filter is pending deletion."sv,
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::transport_filter_pending_deletion, "ERROR_IPSEC_TRANSPORT_FILTER_PENDING_DELETION"sv,
     "The transport filter is pending deletion."sv,
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::tunnel_filter_pending_deletion, "ERROR_IPSEC_TUNNEL_FILTER_PENDING_DELETION"sv,
     "The tunnel filter is pending deletion."sv,
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::mm_policy_pending_deletion, "ERROR_IPSEC_MM_POLICY_PENDING_DELETION"sv,
     "The Main Mode policy is pending deletion."sv,
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::mm_auth_pending_deletion, "ERROR_IPSEC_MM_AUTH_PENDING_DELETION"sv,
     "The Main Mode authentication bundle is pending deletion."sv,
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::qm_policy_pending_deletion, "ERROR_IPSEC_QM_POLICY_PENDING_DELETION"sv,
     "The Quick Mode policy is pending deletion."sv,
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::mm_policy_pruned, "WARNING_IPSEC_MM_POLICY_PRUNED"sv,
     "The Main Mode policy was successfully added, but some of the requested offers are not "
     "supported."sv,
     part::policy_store, severity::warning, {condition::benign}},
    {errc::qm_policy_pruned, "WARNING_IPSEC_QM_POLICY_PRUNED"sv,
     "The Quick Mode policy was successfully added, but some of the requested offers are not "
     "supported."sv,
     part::policy_store, severity::warning, {condition::benign}},
    {errc::ike_neg_status_begin, "ERROR_IPSEC_IKE_NEG_STATUS_BEGIN"sv,
     "ERROR_IPSEC_IKE_NEG_STATUS_BEGIN"sv,
     part::range_marker, severity::informational, {}},
    {errc::ike_auth_fail, "ERROR_IPSEC_IKE_AUTH_FAIL"sv,
     "IKE authentication credentials are unacceptable"sv,
     part::main_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_attrib_fail, "ERROR_IPSEC_IKE_ATTRIB_FAIL"sv,
     "IKE security attributes are unacceptable"sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_negotiation_pending, "ERROR_IPSEC_IKE_NEGOTIATION_PENDING"sv,
     "IKE Negotiation in progress"sv,
     part::ike, severity::informational, {condition::transient, condition::benign}},
    {errc::ike_general_processing_error, "ERROR_IPSEC_IKE_GENERAL_PROCESSING_ERROR"sv,
     "General processing error"sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_timed_out, "ERROR_IPSEC_IKE_TIMED_OUT"sv,
     "Negotiation timed out"sv,
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_no_cert, "ERROR_IPSEC_IKE_NO_CERT"sv,
     "IKE failed to find valid machine certificate. Contact your Network Security Administrator "
     "about installing a valid certificate in the appropriate Certificate Store."sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_sa_deleted, "ERROR_IPSEC_IKE_SA_DELETED"sv,
     "IKE SA deleted by peer before establishment completed"sv,
     part::ike, severity::error, {condition::sa_terminated, condition::transient}},
    {errc::ike_sa_reaped, "ERROR_IPSEC_IKE_SA_REAPED"sv,
     "IKE SA deleted before establishment completed"sv,
     part::ike, severity::error, {condition::sa_terminated, condition::transient}},
    {errc::ike_mm_acquire_drop, "ERROR_IPSEC_IKE_MM_ACQUIRE_DROP"sv,
     "Negotiation request sat in Queue too long"sv,
     part::main_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_qm_acquire_drop, "ERROR_IPSEC_IKE_QM_ACQUIRE_DROP"sv,
     "Negotiation request sat in Queue too long"sv,
     part::quick_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_queue_drop_mm, "ERROR_IPSEC_IKE_QUEUE_DROP_MM"sv,
     "Negotiation request sat in Queue too long"sv,
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_queue_drop_no_mm, "ERROR_IPSEC_IKE_QUEUE_DROP_NO_MM"sv,
     "Negotiation request sat in Queue too long"sv,
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_drop_no_response, "ERROR_IPSEC_IKE_DROP_NO_RESPONSE"sv,
     "No response from peer"sv,
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_mm_delay_drop, "ERROR_IPSEC_IKE_MM_DELAY_DROP"sv,
     "Negotiation took too long"sv,
     part::main_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_qm_delay_drop, "ERROR_IPSEC_IKE_QM_DELAY_DROP"sv,
     "Negotiation took too long"sv,
     part::quick_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_error, "ERROR_IPSEC_IKE_ERROR"sv,
     "Unknown error occurred"sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_crl_failed, "ERROR_IPSEC_IKE_CRL_FAILED"sv,
     "Certificate Revocation Check failed"sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_invalid_key_usage, "ERROR_IPSEC_IKE_INVALID_KEY_USAGE"sv,
     "Invalid certificate key usage"sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_invalid_cert_type, "ERROR_IPSEC_IKE_INVALID_CERT_TYPE"sv,
     "Invalid certificate type"sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_no_private_key, "ERROR_IPSEC_IKE_NO_PRIVATE_KEY"sv,
     "IKE negotiation failed because the machine certificate used does not have a private key. "
     "IPsec certificates require a private key. Contact your Network Security administrator about "
     "replacing with a certificate that has a private key."sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_simultaneous_rekey, "ERROR_IPSEC_IKE_SIMULTANEOUS_REKEY"sv,
     "Simultaneous rekeys were detected."sv,
     part::ike, severity::informational, {condition::transient, condition::benign}},
    {errc::ike_dh_fail, "ERROR_IPSEC_IKE_DH_FAIL"sv,
     "Failure in Diffie-Hellman computation"sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_critical_payload_not_recognized, "ERROR_IPSEC_IKE_CRITICAL_PAYLOAD_NOT_RECOGNIZED"sv,
     "Don't know how to process critical payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_header, "ERROR_IPSEC_IKE_INVALID_HEADER"sv,
     "Invalid header"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_no_policy, "ERROR_IPSEC_IKE_NO_POLICY"sv,
     "No policy configured"sv,
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_invalid_signature, "ERROR_IPSEC_IKE_INVALID_SIGNATURE"sv,
     "Failed to verify signature"sv,
     part::main_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_kerberos_error, "ERROR_IPSEC_IKE_KERBEROS_ERROR"sv,
     "Failed to authenticate using Kerberos"sv,
     part::main_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_no_public_key, "ERROR_IPSEC_IKE_NO_PUBLIC_KEY"sv,
     "Peer's certificate did not have a public key"sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_process_err, "ERROR_IPSEC_IKE_PROCESS_ERR"sv,
     "Error processing error payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_sa, "ERROR_IPSEC_IKE_PROCESS_ERR_SA"sv,
     "Error processing SA payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_prop, "ERROR_IPSEC_IKE_PROCESS_ERR_PROP"sv,
     "Error processing Proposal payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_trans, "ERROR_IPSEC_IKE_PROCESS_ERR_TRANS"sv,
     "Error processing Transform payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_ke, "ERROR_IPSEC_IKE_PROCESS_ERR_KE"sv,
     "Error processing KE payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_id, "ERROR_IPSEC_IKE_PROCESS_ERR_ID"sv,
     "Error processing ID payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_cert, "ERROR_IPSEC_IKE_PROCESS_ERR_CERT"sv,
     "Error processing Cert payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_cert_req, "ERROR_IPSEC_IKE_PROCESS_ERR_CERT_REQ"sv,
     "Error processing Certificate Request payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_hash, "ERROR_IPSEC_IKE_PROCESS_ERR_HASH"sv,
     "Error processing Hash payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_sig, "ERROR_IPSEC_IKE_PROCESS_ERR_SIG"sv,
     "Error processing Signature payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_nonce, "ERROR_IPSEC_IKE_PROCESS_ERR_NONCE"sv,
     "Error processing Nonce payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_notify, "ERROR_IPSEC_IKE_PROCESS_ERR_NOTIFY"sv,
     "Error processing Notify payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_delete, "ERROR_IPSEC_IKE_PROCESS_ERR_DELETE"sv,
     "Error processing Delete Payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_vendor, "ERROR_IPSEC_IKE_PROCESS_ERR_VENDOR"sv,
     "Error processing VendorId payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_payload, "ERROR_IPSEC_IKE_INVALID_PAYLOAD"sv,
     "Invalid payload received"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_load_soft_sa, "ERROR_IPSEC_IKE_LOAD_SOFT_SA"sv,
     "Soft SA loaded"sv,
     part::ike, severity::informational, {condition::benign}},
    {errc::ike_soft_sa_torn_down, "ERROR_IPSEC_IKE_SOFT_SA_TORN_DOWN"sv,
     "Soft SA torn down"sv,
     part::ike, severity::informational, {condition::sa_terminated, condition::benign}},
    {errc::ike_invalid_cookie, "ERROR_IPSEC_IKE_INVALID_COOKIE"sv,
     "Invalid cookie received."sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_no_peer_cert, "ERROR_IPSEC_IKE_NO_PEER_CERT"sv,
     "Peer failed to send valid machine certificate"sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_peer_crl_failed, "ERROR_IPSEC_IKE_PEER_CRL_FAILED"sv,
     "Certification Revocation check of peer's certificate failed"sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_policy_change, "ERROR_IPSEC_IKE_POLICY_CHANGE"sv,
     "New policy invalidated SAs formed with old policy"sv,
     part::ike, severity::informational,
     {condition::sa_terminated,
      condition::transient,
      condition::benign}},
    {errc::ike_no_mm_policy, "ERROR_IPSEC_IKE_NO_MM_POLICY"sv,
     "There is no available Main Mode IKE policy."sv,
     part::main_mode, severity::error,
     {condition::proposal_mismatch,
      condition::configuration_problem}},
    {errc::ike_notcbpriv, "ERROR_IPSEC_IKE_NOTCBPRIV"sv,
     "Failed to enabled TCB privilege."sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_secloadfail, "ERROR_IPSEC_IKE_SECLOADFAIL"sv,
     "Failed to load SECURITY.DLL."sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_failsspinit, "ERROR_IPSEC_IKE_FAILSSPINIT"sv,
     "Failed to obtain security function table dispatch address from SSPI."sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_failqueryssp, "ERROR_IPSEC_IKE_FAILQUERYSSP"sv,
     "Failed to query Kerberos package to obtain max token size."sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_srvacqfail, "ERROR_IPSEC_IKE_SRVACQFAIL"sv,
     "Failed to obtain Kerberos server credentials for ISAKMP/ERROR_IPSEC_IKE service. Kerberos "
     "authentication will not function. The most likely reason for this is lack of domain "
     "membership. This is normal if your computer is a member of a workgroup."sv,
     part::ike, severity::error, {condition::authentication_failed}},
    {errc::ike_srvquerycred, "ERROR_IPSEC_IKE_SRVQUERYCRED"sv,
     "Failed to determine SSPI principal name for ISAKMP/ERROR_IPSEC_IKE service "
     "(QueryCredentialsAttributes)."sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_getspifail, "ERROR_IPSEC_IKE_GETSPIFAIL"sv,
     "Failed to obtain new SPI for the inbound SA from IPsec driver. The most common cause for "
     "this is that the driver does not have the correct filter. Check your policy to verify the "
     "filters."sv,
     part::quick_mode, severity::error, {condition::configuration_problem}},
    {errc::ike_invalid_filter, "ERROR_IPSEC_IKE_INVALID_FILTER"sv,
     "Given filter is invalid"sv,
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_out_of_memory, "ERROR_IPSEC_IKE_OUT_OF_MEMORY"sv,
     "Memory allocation failed."sv,
     part::ike, severity::error, {condition::resource_limit, condition::transient}},
    {errc::ike_add_update_key_failed, "ERROR_IPSEC_IKE_ADD_UPDATE_KEY_FAILED"sv,
     "Failed to add Security Association to IPsec Driver. The most common cause for this is if the "
     "IKE negotiation took too long to complete. If the problem persists, reduce the load on the "
     "faulting machine."sv,
     part::quick_mode, severity::error, {condition::internal_error, condition::transient}},
    {errc::ike_invalid_policy, "ERROR_IPSEC_IKE_INVALID_POLICY"sv,
     "Invalid policy"sv,
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_unknown_doi, "ERROR_IPSEC_IKE_UNKNOWN_DOI"sv,
     "Invalid DOI"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_situation, "ERROR_IPSEC_IKE_INVALID_SITUATION"sv,
     "Invalid situation"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_dh_failure, "ERROR_IPSEC_IKE_DH_FAILURE"sv,
     "Diffie-Hellman failure"sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_invalid_group, "ERROR_IPSEC_IKE_INVALID_GROUP"sv,
     "Invalid Diffie-Hellman group"sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_encrypt, "ERROR_IPSEC_IKE_ENCRYPT"sv,
     "Error encrypting payload"sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_decrypt, "ERROR_IPSEC_IKE_DECRYPT"sv,
     "Error decrypting payload"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_policy_match, "ERROR_IPSEC_IKE_POLICY_MATCH"sv,
     "Policy match error"sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_unsupported_id, "ERROR_IPSEC_IKE_UNSUPPORTED_ID"sv,
     "Unsupported ID"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_hash, "ERROR_IPSEC_IKE_INVALID_HASH"sv,
     "Hash verification failed"sv,
     part::ike, severity::error, {condition::authentication_failed}},
    {errc::ike_invalid_hash_alg, "ERROR_IPSEC_IKE_INVALID_HASH_ALG"sv,
     "Invalid hash algorithm"sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_hash_size, "ERROR_IPSEC_IKE_INVALID_HASH_SIZE"sv,
     "Invalid hash size"sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_encrypt_alg, "ERROR_IPSEC_IKE_INVALID_ENCRYPT_ALG"sv,
     "Invalid encryption algorithm"sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_auth_alg, "ERROR_IPSEC_IKE_INVALID_AUTH_ALG"sv,
     "Invalid authentication algorithm"sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_sig, "ERROR_IPSEC_IKE_INVALID_SIG"sv,
     "Invalid certificate signature"sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_load_failed, "ERROR_IPSEC_IKE_LOAD_FAILED"sv,
     "Load failed"sv,
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_rpc_delete, "ERROR_IPSEC_IKE_RPC_DELETE"sv,
     "Deleted via RPC call"sv,
     part::ike, severity::informational, {condition::sa_terminated, condition::benign}},
    {errc::ike_benign_reinit, "ERROR_IPSEC_IKE_BENIGN_REINIT"sv,
     "Temporary state created to perform reinitialization. This is not a real failure."sv,
     part::ike, severity::informational, {condition::benign}},
    {errc::ike_invalid_responder_lifetime_notify,
     "ERROR_IPSEC_IKE_INVALID_RESPONDER_LIFETIME_NOTIFY"sv,
     "The lifetime value received in the Responder Lifetime Notify is below the Windows 2000 "
     "configured minimum value. Please fix the policy on the peer machine."sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_major_version, "ERROR_IPSEC_IKE_INVALID_MAJOR_VERSION"sv,
     "The recipient cannot handle version of IKE specified in the header."sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_cert_keylen, "ERROR_IPSEC_IKE_INVALID_CERT_KEYLEN"sv,
     "Key length in certificate is too small for configured security requirements."sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_mm_limit, "ERROR_IPSEC_IKE_MM_LIMIT"sv,
     "Max number of established MM SAs to peer exceeded."sv,
     part::main_mode, severity::error, {condition::resource_limit, condition::transient}},
    {errc::ike_negotiation_disabled, "ERROR_IPSEC_IKE_NEGOTIATION_DISABLED"sv,
     "IKE received a policy that disables negotiation."sv,
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_qm_limit, "ERROR_IPSEC_IKE_QM_LIMIT"sv,
     "Reached maximum quick mode limit for the main mode. New main mode will be started."sv,
     part::quick_mode, severity::informational,
     {condition::resource_limit,
      condition::transient,
      condition::benign}},
    {errc::ike_mm_expired, "ERROR_IPSEC_IKE_MM_EXPIRED"sv,
     "Main mode SA lifetime expired or peer sent a main mode delete."sv,
     part::main_mode, severity::informational,
     {condition::sa_terminated,
      condition::transient,
      condition::benign}},
    {errc::ike_peer_mm_assumed_invalid, "ERROR_IPSEC_IKE_PEER_MM_ASSUMED_INVALID"sv,
     "Main mode SA assumed to be invalid because peer stopped responding."sv,
     part::main_mode, severity::error,
     {condition::negotiation_timed_out,
      condition::sa_terminated,
      condition::transient}},
    {errc::ike_cert_chain_policy_mismatch, "ERROR_IPSEC_IKE_CERT_CHAIN_POLICY_MISMATCH"sv,
     "Certificate doesn't chain to a trusted root in IPsec policy."sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_unexpected_message_id, "ERROR_IPSEC_IKE_UNEXPECTED_MESSAGE_ID"sv,
     "Received unexpected message ID."sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_auth_payload, "ERROR_IPSEC_IKE_INVALID_AUTH_PAYLOAD"sv,
     "Received invalid authentication offers."sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::proposal_mismatch}},
    {errc::ike_dos_cookie_sent, "ERROR_IPSEC_IKE_DOS_COOKIE_SENT"sv,
     "Sent DoS cookie notify to initiator."sv,
     part::ike, severity::informational, {condition::benign}},
    {errc::ike_shutting_down, "ERROR_IPSEC_IKE_SHUTTING_DOWN"sv,
     "IKE service is shutting down."sv,
     part::ike, severity::error, {condition::sa_terminated, condition::transient}},
    {errc::ike_cga_auth_failed, "ERROR_IPSEC_IKE_CGA_AUTH_FAILED"sv,
     "Could not verify binding between CGA address and certificate."sv,
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_process_err_natoa, "ERROR_IPSEC_IKE_PROCESS_ERR_NATOA"sv,
     "Error processing NatOA payload."sv,
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_mm_for_qm, "ERROR_IPSEC_IKE_INVALID_MM_FOR_QM"sv,
     "Parameters of the main mode are invalid for this quick mode."sv,
     part::quick_mode, severity::error, {condition::proposal_mismatch}},
    {errc::ike_qm_expired, "ERROR_IPSEC_IKE_QM_EXPIRED"sv,
     "Quick mode SA was expired by IPsec driver."sv,
     part::quick_mode, severity::informational,
     {condition::sa_terminated,
      condition::transient,
      condition::benign}},
    {errc::ike_too_many_filters, "ERROR_IPSEC_IKE_TOO_MANY_FILTERS"sv,
     "Too many dynamically added IKEEXT filters were detected."sv,
     part::ike, severity::error, {condition::resource_limit}},
    {errc::ike_neg_status_end, "ERROR_IPSEC_IKE_NEG_STATUS_END"sv,
     "ERROR_IPSEC_IKE_NEG_STATUS_END"sv,
     part::range_marker, severity::informational, {}},
    {errc::ike_kill_dummy_nap_tunnel, "ERROR_IPSEC_IKE_KILL_DUMMY_NAP_TUNNEL"sv,
     "NAP reauth succeeded and must delete the dummy NAP IKEv2 tunnel."sv,
     part::ike, severity::informational, {condition::sa_terminated, condition::benign}},
    {errc::ike_inner_ip_assignment_failure, "ERROR_IPSEC_IKE_INNER_IP_ASSIGNMENT_FAILURE"sv,
     "Error in assigning inner IP address to initiator in tunnel mode."sv,
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_require_cp_payload_missing, "ERROR_IPSEC_IKE_REQUIRE_CP_PAYLOAD_MISSING"sv,
     "Require configuration payload missing."sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::key_module_impersonation_negotiation_pending,
     "ERROR_IPSEC_KEY_MODULE_IMPERSONATION_NEGOTIATION_PENDING"sv,
     "A negotiation running as the security principle who issued the connection is in progress"sv,
     part::extended_mode, severity::informational, {condition::transient, condition::benign}},
    {errc::ike_coexistence_suppress, "ERROR_IPSEC_IKE_COEXISTENCE_SUPPRESS"sv,
     "SA was deleted due to IKEv1/AuthIP co-existence suppress check."sv,
     part::ike, severity::error, {condition::sa_terminated}},
    {errc::ike_ratelimit_drop, "ERROR_IPSEC_IKE_RATELIMIT_DROP"sv,
     "Incoming SA request was dropped due to peer IP address rate limiting."sv,
     part::ike, severity::error, {condition::resource_limit, condition::transient}},
    {errc::ike_peer_doesnt_support_mobike, "ERROR_IPSEC_IKE_PEER_DOESNT_SUPPORT_MOBIKE"sv,
     "Peer does not support MOBIKE."sv,
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_authorization_failure, "ERROR_IPSEC_IKE_AUTHORIZATION_FAILURE"sv,
     "SA establishment is not authorized."sv,
     part::extended_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_strong_cred_authorization_failure,
     "ERROR_IPSEC_IKE_STRONG_CRED_AUTHORIZATION_FAILURE"sv,
     "SA establishment is not authorized because there is not a sufficiently strong PKINIT-based "
     "credential."sv,
     part::extended_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_authorization_failure_with_optional_retry,
     "ERROR_IPSEC_IKE_AUTHORIZATION_FAILURE_WITH_OPTIONAL_RETRY"sv,
     "SA establishment is not authorized.  You may need to enter updated or different credentials "
     "such as a smartcard."sv,
     part::extended_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_strong_cred_authorization_and_certmap_failure,
     "ERROR_IPSEC_IKE_STRONG_CRED_AUTHORIZATION_AND_CERTMAP_FAILURE"sv,
     "SA establishment is not authorized because there is not a sufficiently strong PKINIT-based "
     "credential. This might be related to certificate-to-account mapping failure for the SA."sv,
     part::extended_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_neg_status_extended_end, "ERROR_IPSEC_IKE_NEG_STATUS_EXTENDED_END"sv,
     "ERROR_IPSEC_IKE_NEG_STATUS_EXTENDED_END"sv,
     part::range_marker, severity::informational, {}},
    {errc::bad_spi, "ERROR_IPSEC_BAD_SPI"sv,
     "The SPI in the packet does not match a valid IPsec SA."sv,
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::sa_lifetime_expired, "ERROR_IPSEC_SA_LIFETIME_EXPIRED"sv,
     "Packet was received on an IPsec SA whose lifetime has expired."sv,
     part::packet_path, severity::error, {condition::packet_dropped, condition::transient}},
    {errc::wrong_sa, "ERROR_IPSEC_WRONG_SA"sv,
     "Packet was received on an IPsec SA that does not match the packet characteristics."sv,
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::replay_check_failed, "ERROR_IPSEC_REPLAY_CHECK_FAILED"sv,
     "Packet sequence number replay check failed."sv,
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::invalid_packet, "ERROR_IPSEC_INVALID_PACKET"sv,
     "IPsec header and/or trailer in the packet is invalid."sv,
     part::packet_path, severity::error, {condition::malformed_message, condition::packet_dropped}},
    {errc::integrity_check_failed, "ERROR_IPSEC_INTEGRITY_CHECK_FAILED"sv,
     "IPsec integrity check failed."sv,
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::clear_text_drop, "ERROR_IPSEC_CLEAR_TEXT_DROP"sv,
     "IPsec dropped a clear text packet."sv,
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::auth_firewall_drop, "ERROR_IPSEC_AUTH_FIREWALL_DROP"sv,
     "IPsec dropped an incoming ESP packet in authenticated firewall mode. This drop is benign."sv,
     part::packet_path, severity::informational, {condition::packet_dropped, condition::benign}},
    {errc::throttle_drop, "ERROR_IPSEC_THROTTLE_DROP"sv,
     "IPsec dropped a packet due to DoS throttling."sv,
     part::packet_path, severity::error,
     {condition::resource_limit,
      condition::packet_dropped,
      condition::transient}},
    {errc::dosp_block, "ERROR_IPSEC_DOSP_BLOCK"sv,
     "IPsec DoS Protection matched an explicit block rule."sv,
     part::dos_protection, severity::error,
     {condition::packet_dropped,
      condition::configuration_problem}},
    {errc::dosp_received_multicast, "ERROR_IPSEC_DOSP_RECEIVED_MULTICAST"sv,
     "IPsec DoS Protection received an IPsec specific multicast packet which is not allowed."sv,
     part::dos_protection, severity::error,
     {condition::packet_dropped,
      condition::configuration_problem}},
    {errc::dosp_invalid_packet, "ERROR_IPSEC_DOSP_INVALID_PACKET"sv,
     "IPsec DoS Protection received an incorrectly formatted packet."sv,
     part::dos_protection, severity::error,
     {condition::malformed_message,
      condition::packet_dropped}},
    {errc::dosp_state_lookup_failed, "ERROR_IPSEC_DOSP_STATE_LOOKUP_FAILED"sv,
     "IPsec DoS Protection failed to look up state."sv,
     part::dos_protection, severity::error, {condition::packet_dropped, condition::internal_error}},
    {errc::dosp_max_entries, "ERROR_IPSEC_DOSP_MAX_ENTRIES"sv,
     "IPsec DoS Protection failed to create state because the maximum number of entries allowed by "
     "policy has been reached."sv,
     part::dos_protection, severity::error,
     {condition::resource_limit,
      condition::packet_dropped,
      condition::transient}},
    {errc::dosp_keymod_not_allowed, "ERROR_IPSEC_DOSP_KEYMOD_NOT_ALLOWED"sv,
     "IPsec DoS Protection received an IPsec negotiation packet for a keying module which is not "
     "allowed by policy."sv,
     part::dos_protection, severity::error,
     {condition::packet_dropped,
      condition::configuration_problem}},
    {errc::dosp_not_installed, "ERROR_IPSEC_DOSP_NOT_INSTALLED"sv,
     "IPsec DoS Protection has not been enabled."sv,
     part::dos_protection, severity::error, {condition::configuration_problem}},
    {errc::dosp_max_per_ip_ratelimit_queues, "ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES"sv,
     "IPsec DoS Protection failed to create a per internal IP rate limit queue because the maximum "
     "number of queues allowed by policy has been reached."sv,
     part::dos_protection, severity::error,
     {condition::resource_limit,
      condition::packet_dropped,
      condition::transient}},
}};
// clang-format on
}  // namespace table
using table::records;

namespace detail {

inline constexpr std::string_view error_prefix = "ERROR_IPSEC_";
inline constexpr std::string_view warning_prefix = "WARNING_IPSEC_";
inline constexpr std::string_view winsock_prefix = "WSA_IPSEC_";

// Where the enumerator's spelling starts in a name of the table: after
// ERROR_IPSEC_, WARNING_IPSEC_ or WSA_IPSEC_, told apart by the first two
// letters (check_table() makes sure every name has one of them).
constexpr std::size_t stem_start(std::string_view name) noexcept {
    if (name[0] == 'E') return error_prefix.size();
    return name[1] == 'A' ? warning_prefix.size() : winsock_prefix.size();
}

// The enumerator's spelling in upper case: the name without its prefix.
constexpr std::string_view name_stem(std::string_view name) noexcept {
    return name.substr(stem_start(name));
}

// The rules of the table, in one pass over the rows. The project's build
// checks them at compile time (tests/compile_time_checks.hpp, with the
// uniqueness of names): a mistake in the table is a build error there, and
// the translation units that merely use the table do not pay for it. That
// each name and message is spelt as winerror.h spells it, the tests prove
// against the reference data.
enum class table_problem {
    none,
    values_not_ascending,
    malformed_name,       // no known prefix, or WARNING_ and severity::warning disagree
    missing_message,      // empty, or a range marker's is not its name
    conditions_mismatch,  // a code without condition, or "benign" not its severity
};

// Plain pointers and few calls: constant evaluation is slow, and the
// project's build evaluates this for every row.
constexpr table_problem check_table(const record* rows, std::size_t count) noexcept {
    int previous = 0;
    for (const record* r = rows; r != rows + count; ++r) {
        const int value = static_cast<int>(r->code);
        if (r != rows && previous >= value) return table_problem::values_not_ascending;
        previous = value;

        // A name has one of the three prefixes; WARNING_ names, only they,
        // are warnings.
        const std::size_t name_size = r->name.size();
        const char* name = r->name.data();
        const bool warning_name = r->name.substr(0, warning_prefix.size()) == warning_prefix;
        const bool known_prefix = warning_name ||
                                  r->name.substr(0, error_prefix.size()) == error_prefix ||
                                  r->name.substr(0, winsock_prefix.size()) == winsock_prefix;
        if (!known_prefix || warning_name != (r->severity == severity::warning)) {
            return table_problem::malformed_name;
        }

        const bool marker = r->part == part::range_marker;
        const std::size_t message_size = r->message.size();
        if (message_size == 0) return table_problem::missing_message;
        bool message_is_name = message_size == name_size;
        for (std::size_t i = 0; message_is_name && i < name_size; ++i) {
            message_is_name = r->message[i] == name[i];
        }
        if (marker != message_is_name) return table_problem::missing_message;

        const bool consistent =
            marker ? r->conditions.empty() && r->severity == severity::informational
                   : !r->conditions.empty() && r->conditions.contains(condition::benign) ==
                                                   (r->severity != severity::error);
        if (!consistent) return table_problem::conditions_mismatch;
    }
    return table_problem::none;
}

}  // namespace detail

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_RECORDS_HPP
