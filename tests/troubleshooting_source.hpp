// SPDX-License-Identifier: BSL-1.0
// The troubleshooting text as people edit it: one entry per code, in the
// order of the table (table_source.hpp). Each entry: the code; a summary; the
// causes, likeliest first, one a line; the actions, one a line; the related
// codes. Commands are in backticks.
//
// Users never compile this file. tests/generate_table.cpp writes
// include/ipsec_error/detail/troubleshooting_text.hpp from it: the same text
// as a few blocks of characters, and entries that refer into them with 32-bit
// numbers instead of pointers (in a position-independent executable each
// pointer costs a relocation of 24 bytes besides its own 8). The project's
// build checks the rules of the text and that the generated header is current
// (tests/compile_time_checks.hpp); after a change, regenerate it:
//
//     ./build/tests/generate_table include/ipsec_error/detail
#ifndef IPSEC_ERROR_TESTS_TROUBLESHOOTING_SOURCE_HPP
#define IPSEC_ERROR_TESTS_TROUBLESHOOTING_SOURCE_HPP

#include <array>
#include <string_view>

#include <ipsec_error/errc.hpp>
#include <ipsec_error/troubleshooting_entry.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace source {
using namespace std::string_view_literals;

// An entry as it is written: plain strings, the lines separated by '\n'.
struct troubleshooting_entry {
    errc code;
    std::string_view summary;
    std::string_view causes;
    std::string_view actions;
    code_list related;
};

// clang-format off
inline constexpr std::array<troubleshooting_entry, 154> troubleshooting_entries{{
    // 11033
    {errc::name_policy_error,
     "Winsock could not add the IPsec policy that a socket's secure settings asked for, a policy "
     "tied to the peer's name. Microsoft documents the code but not which calls return it."sv,
     "A program set up IPsec for a socket through the Winsock secure socket extensions, for "
     "example `WSASetSocketSecurity` with a peer target name from `WSASetSocketPeerTargetName`, "
     "and Windows could not turn that into policy.\n"
     "The Base Filtering Engine (BFE) or the IKE and AuthIP IPsec Keying Modules (IKEEXT) service "
     "is stopped, so no IPsec policy can be added.\n"
     "The name or the settings given with it do not suit the socket or the peer address."sv,
     "Check that the services run with `Get-Service BFE, IKEEXT`.\n"
     "In the program, log the Winsock call that failed, the peer name and the peer address; "
     "`WSAGetLastError` returns 11033 right after the call.\n"
     "List the filters and policy Windows holds with `netsh wfp show state` and look for the "
     "program's own.\n"
     "Try the connection without a peer target name to tell a naming problem from a general IPsec "
     "one."sv,
     {errc::ike_no_policy, errc::ike_auth_fail}},
    // 13000
    {errc::qm_policy_exists,
     "Adding a quick mode (phase 2) policy to the legacy IPsec policy store failed: a policy with "
     "that name (letter case ignored) or that GUID already exists. Nothing was changed."sv,
     "The add ran twice, or an earlier run did not clean up.\n"
     "Another tool or the IPsec Policy Agent already created a policy with that name.\n"
     "The new policy reuses an existing GUID."sv,
     "In a program, read the policy with GetQMPolicy and keep it if its offers fit.\n"
     "Otherwise update it with SetQMPolicy (same name and GUID), or remove its filters, delete it "
     "and add yours.\n"
     "Give each new policy a fresh GUID and a name unique to your program.\n"
     "List active and stored policies with `netsh ipsec dynamic show all` and `netsh ipsec static "
     "show all`."sv,
     {errc::qm_policy_in_use, errc::qm_policy_not_found, errc::qm_policy_pending_deletion,
      errc::mm_policy_exists}},
    // 13001
    {errc::qm_policy_not_found,
     "The legacy IPsec policy store has no quick mode (phase 2) policy with the name or GUID "
     "given, so the read, update, delete or filter add that needed it failed."sv,
     "The policy was never added, was deleted, or was lost when the IPsec Policy Agent "
     "restarted.\n"
     "A transport or tunnel filter names a policy GUID that is not in the store.\n"
     "The name is misspelled."sv,
     "Compare the name or GUID with the quick mode policies in `netsh ipsec dynamic show all`.\n"
     "In a program, enumerate with EnumQMPolicies first and treat not-found on a delete as done.\n"
     "Add the quick mode policy before the filters that refer to it.\n"
     "Check the agent with `Get-Service PolicyAgent` and re-add dynamic entries after it restarts."sv,
     {errc::qm_policy_exists, errc::default_qm_policy_not_found, errc::transport_filter_not_found,
      errc::tunnel_filter_not_found, errc::mm_policy_not_found}},
    // 13002
    {errc::qm_policy_in_use,
     "The legacy IPsec policy store refused to delete a quick mode (phase 2) policy because "
     "transport or tunnel filters still refer to it. Nothing was removed."sv,
     "The filters that use the policy were not deleted first.\n"
     "Another program or the IPsec Policy Agent added filters that use it.\n"
     "A deleted filter is pending deletion (other handles are open) and still holds the policy."sv,
     "Find the quick mode filters that name the policy in `netsh ipsec dynamic show all` and "
     "delete them first.\n"
     "In a program, walk EnumTransportFilters and EnumTunnelFilters, delete or repoint each filter "
     "with this policy GUID, close their handles, then retry.\n"
     "To change only the offers, use SetQMPolicy instead."sv,
     {errc::mm_policy_in_use, errc::mm_auth_in_use, errc::transport_filter_pending_deletion,
      errc::tunnel_filter_pending_deletion, errc::qm_policy_not_found}},
    // 13003
    {errc::mm_policy_exists,
     "Adding a main mode (phase 1) policy to the legacy IPsec policy store failed: a policy with "
     "that name (letter case ignored) or that GUID already exists. Nothing was changed."sv,
     "The add ran twice, or an earlier run did not clean up.\n"
     "Another tool or the IPsec Policy Agent already created a main mode policy with that name.\n"
     "The new policy reuses an existing GUID."sv,
     "In a program, read the policy with GetMMPolicy and reuse it if its offers, lifetimes and "
     "Diffie-Hellman groups fit.\n"
     "Otherwise update it with SetMMPolicy (same name and GUID), or remove its filters, delete it "
     "and add yours.\n"
     "Give each new policy a fresh GUID and a name unique to your program.\n"
     "List active and stored policies with `netsh ipsec dynamic show all` and `netsh ipsec static "
     "show all`."sv,
     {errc::mm_policy_in_use, errc::mm_policy_not_found, errc::mm_policy_pending_deletion,
      errc::qm_policy_exists, errc::mm_auth_exists}},
    // 13004
    {errc::mm_policy_not_found,
     "The legacy IPsec policy store has no main mode (phase 1) policy with the name or GUID given, "
     "so the read, update, delete or main mode filter add that needed it failed."sv,
     "The policy was never added, was deleted, or was lost when the IPsec Policy Agent "
     "restarted.\n"
     "A main mode filter names a policy GUID that is not in the store.\n"
     "The name is misspelled."sv,
     "Compare the name or GUID with the main mode policies in `netsh ipsec dynamic show all`.\n"
     "In a program, enumerate with EnumMMPolicies first and treat not-found on a delete as done.\n"
     "Add the main mode policy before the filters that use it.\n"
     "Check the agent with `Get-Service PolicyAgent` and re-add dynamic entries after it restarts."sv,
     {errc::mm_policy_exists, errc::default_mm_policy_not_found, errc::mm_filter_not_found,
      errc::mm_auth_not_found, errc::qm_policy_not_found}},
    // 13005
    {errc::mm_policy_in_use,
     "The legacy IPsec policy store refused to delete a main mode (phase 1) policy because main "
     "mode filters still refer to it. Nothing was removed."sv,
     "The main mode filters that use the policy were not deleted first.\n"
     "Another program or the IPsec Policy Agent added main mode filters that use it.\n"
     "A deleted filter is pending deletion (other handles are open) and still holds the policy."sv,
     "Find the main mode filters that name the policy in `netsh ipsec dynamic show all` and delete "
     "them first.\n"
     "In a program, walk EnumMMFilters, delete or repoint (SetMMFilter) each filter with this "
     "policy GUID, close their handles, then retry.\n"
     "To change offers, lifetimes or Diffie-Hellman groups, use SetMMPolicy instead."sv,
     {errc::qm_policy_in_use, errc::mm_auth_in_use, errc::mm_filter_pending_deletion,
      errc::mm_policy_not_found}},
    // 13006
    {errc::mm_filter_exists,
     "Adding a main mode filter to the legacy IPsec policy store failed: a filter for the same "
     "source and destination (or their mirror) with an overlapping interface type exists. With the "
     "OPEN_IF_EXISTS flag the code also returns a handle to that filter."sv,
     "The same filter was added twice, or an earlier run did not delete its filters.\n"
     "An existing mirrored filter already covers the reverse direction.\n"
     "An assigned static policy or another tool already defines this address pair."sv,
     "Find the filter for these addresses in `netsh ipsec dynamic show all`.\n"
     "In a program, use the handle returned with OPEN_IF_EXISTS, or OpenMMFilterHandle with the "
     "exact stored values.\n"
     "If that filter has the wrong policy or authentication list, fix it with SetMMFilter.\n"
     "A new filter GUID does not help: the conflict is on the addresses."sv,
     {errc::mm_filter_not_found, errc::mm_filter_pending_deletion, errc::transport_filter_exists,
      errc::tunnel_filter_exists}},
    // 13007
    {errc::mm_filter_not_found,
     "A main mode filter operation in the legacy IPsec policy store found no filter: the handle no "
     "longer refers to one, or OpenMMFilterHandle found none matching every field."sv,
     "The filter was deleted, or lost when the IPsec Policy Agent restarted.\n"
     "OpenMMFilterHandle got values that differ from the stored filter, such as the policy or "
     "authentication list GUID, interface type or mirroring."sv,
     "Compare the values with the main mode filters in `netsh ipsec dynamic show all`.\n"
     "In a program, enumerate with EnumMMFilters and open the filter with the exact values "
     "returned.\n"
     "Treat not-found on a delete as success; add the filter again if still needed."sv,
     {errc::mm_filter_exists, errc::mm_filter_pending_deletion, errc::mm_policy_not_found,
      errc::transport_filter_not_found}},
    // 13008
    {errc::transport_filter_exists,
     "Adding a transport mode filter (a quick mode filter for host-to-host traffic) to the legacy "
     "IPsec policy store failed: a filter for the same addresses, protocol and ports, or their "
     "mirror image, already exists."sv,
     "The same filter was added twice, or left over from an earlier run.\n"
     "Two rules, in one assigned policy or in different tools, describe the same traffic.\n"
     "A mirrored filter already covers the reverse direction."sv,
     "Find the matching quick mode filter in `netsh ipsec dynamic show all`.\n"
     "In a program, reuse it through OpenTransportFilterHandle, or delete it and add yours if its "
     "actions or policy differ.\n"
     "If the Policy Agent hit this while applying a policy, look for Security event 5477 or 5462 "
     "(subcategory Filtering Platform Policy Change)."sv,
     {errc::transport_filter_not_found, errc::transport_filter_pending_deletion,
      errc::tunnel_filter_exists, errc::mm_filter_exists}},
    // 13009
    {errc::transport_filter_not_found,
     "A transport mode (quick mode) filter operation in the legacy IPsec policy store found no "
     "filter: the handle no longer refers to one, or OpenTransportFilterHandle found no exact "
     "match."sv,
     "The filter was deleted, or lost when the IPsec Policy Agent restarted.\n"
     "OpenTransportFilterHandle got values that differ from the stored filter, such as ports, "
     "protocol, actions or policy GUID.\n"
     "The static policy expected to create the filter is not assigned."sv,
     "Compare the values with the quick mode filters in `netsh ipsec dynamic show all`.\n"
     "In a program, enumerate with EnumTransportFilters and reopen the filter with the exact "
     "values returned.\n"
     "Treat not-found on a delete as done; add the filter again if traffic still needs it.\n"
     "Check that the intended policy is assigned (`netsh ipsec static show all`)."sv,
     {errc::transport_filter_exists, errc::transport_filter_pending_deletion,
      errc::qm_policy_not_found, errc::tunnel_filter_not_found}},
    // 13010
    {errc::mm_auth_exists,
     "Adding a main mode authentication list (the Kerberos, certificate or preshared key methods "
     "offered in phase 1) to the legacy IPsec policy store failed: a list with that GUID already "
     "exists."sv,
     "The list was added twice, or an earlier run left it behind.\n"
     "The program uses a fixed GUID that another instance or tool already used.\n"
     "The IPsec Policy Agent created the list from an assigned policy first."sv,
     "In a program, read the list with GetMMAuthMethods and reuse it if the methods and their "
     "order match.\n"
     "Otherwise update it with SetMMAuthMethods, or remove its filters, delete it and add yours.\n"
     "Generate a new GUID for each list you create."sv,
     {errc::mm_auth_not_found, errc::mm_auth_in_use, errc::mm_auth_pending_deletion,
      errc::mm_policy_exists}},
    // 13011
    {errc::mm_auth_not_found,
     "The legacy IPsec policy store has no main mode authentication list with the GUID given, so "
     "the read, update, delete or main mode filter add that needed it failed."sv,
     "The list was never added, was deleted, or was lost when the IPsec Policy Agent restarted.\n"
     "A main mode filter names an authentication list GUID that is not in the store.\n"
     "The program passed a GUID from another computer or an earlier run."sv,
     "Compare the GUID with the main mode settings in `netsh ipsec dynamic show all`.\n"
     "In a program, enumerate with EnumMMAuthMethods first and treat not-found on a delete as "
     "done.\n"
     "Add the authentication list before the filters that refer to it.\n"
     "Check the agent with `Get-Service PolicyAgent` and re-add dynamic entries after it restarts."sv,
     {errc::mm_auth_exists, errc::default_mm_auth_not_found, errc::mm_filter_not_found,
      errc::mm_policy_not_found}},
    // 13012
    {errc::mm_auth_in_use,
     "The legacy IPsec policy store refused to delete a main mode authentication list because main "
     "mode filters still refer to it. Nothing was removed."sv,
     "The main mode filters that use the list were not deleted first.\n"
     "Another program or the IPsec Policy Agent added filters that use it.\n"
     "A deleted filter is pending deletion (other handles are open) and still holds the list."sv,
     "Find the main mode filters that use the list in `netsh ipsec dynamic show all` and delete "
     "them first.\n"
     "In a program, walk EnumMMFilters, delete or repoint (SetMMFilter) each filter with this list "
     "GUID, close their handles, then retry.\n"
     "To change methods, for example a preshared key, use SetMMAuthMethods instead."sv,
     {errc::mm_policy_in_use, errc::qm_policy_in_use, errc::mm_filter_pending_deletion,
      errc::mm_auth_not_found}},
    // 13013
    {errc::default_mm_policy_not_found,
     "An operation needed the default main mode policy, but no main mode policy in the legacy "
     "IPsec policy store is marked as the default. A main mode filter set to use the default, or "
     "filter matching that asks for defaults, gets this."sv,
     "No main mode policy was added with the IPSEC_MM_POLICY_DEFAULT_POLICY flag.\n"
     "The policy that carried the flag was deleted, or updated without it.\n"
     "The program relies on a default that another program or an assigned policy normally "
     "supplies."sv,
     "Add a main mode policy with IPSEC_MM_POLICY_DEFAULT_POLICY set, or give each filter an "
     "explicit policy GUID.\n"
     "Check in `netsh ipsec dynamic show all` which main mode policy is the default.\n"
     "If an assigned policy should supply it, check the agent with `Get-Service PolicyAgent`."sv,
     {errc::default_mm_auth_not_found, errc::default_qm_policy_not_found, errc::mm_policy_not_found,
      errc::ike_no_mm_policy}},
    // 13014
    {errc::default_mm_auth_not_found,
     "An operation needed the default main mode authentication list, but no list in the legacy "
     "IPsec policy store is marked as the default. A main mode filter set to use the default, or "
     "filter matching that asks for defaults, gets this."sv,
     "No authentication list was added with the IPSEC_MM_AUTH_DEFAULT_AUTH flag.\n"
     "The default list was deleted, or updated without the flag.\n"
     "The program expects the default from an assigned policy that is not loaded."sv,
     "Add an authentication list with IPSEC_MM_AUTH_DEFAULT_AUTH set, or give each filter an "
     "explicit list GUID.\n"
     "Check in `netsh ipsec dynamic show all` which authentication list is the default.\n"
     "If an assigned policy should supply it, check the agent with `Get-Service PolicyAgent`."sv,
     {errc::default_mm_policy_not_found, errc::mm_auth_not_found, errc::default_qm_policy_not_found,
      errc::mm_auth_exists}},
    // 13015
    {errc::default_qm_policy_not_found,
     "An operation needed the default quick mode (phase 2) policy, but none in the legacy IPsec "
     "policy store is marked as the default. A negotiating transport or tunnel filter set to use "
     "the default, or filter matching that asks for defaults, gets this."sv,
     "No quick mode policy was added with the IPSEC_QM_POLICY_DEFAULT_POLICY flag.\n"
     "The default quick mode policy was deleted, or updated without the flag.\n"
     "The program relies on a default that an assigned policy or another program normally "
     "provides."sv,
     "Add a quick mode policy with IPSEC_QM_POLICY_DEFAULT_POLICY set, or give each filter an "
     "explicit policy GUID.\n"
     "Check in `netsh ipsec dynamic show all` which quick mode policy is the default.\n"
     "Filters that only permit or block need no quick mode policy, so check the filter actions."sv,
     {errc::default_mm_policy_not_found, errc::qm_policy_not_found, errc::default_mm_auth_not_found,
      errc::qm_policy_exists}},
    // 13016
    {errc::tunnel_filter_exists,
     "Adding a tunnel mode filter to the legacy IPsec policy store failed: a filter with the same "
     "addresses, protocol, ports and destination tunnel endpoint, or the mirror image of one, is "
     "already stored."sv,
     "The tunnel filter was added twice, or left over from an earlier run.\n"
     "Two tunnel rules describe the same traffic to the same tunnel endpoint.\n"
     "An assigned static policy already defines this tunnel."sv,
     "Find the matching tunnel entry in `netsh ipsec dynamic show all`.\n"
     "In a program, reuse it through OpenTunnelFilterHandle, or delete it and add yours if its "
     "policy or actions differ.\n"
     "If the Policy Agent hit this while applying a policy, look for Security event 5477 or 5462 "
     "(subcategory Filtering Platform Policy Change)."sv,
     {errc::tunnel_filter_not_found, errc::tunnel_filter_pending_deletion,
      errc::transport_filter_exists, errc::mm_filter_exists}},
    // 13017
    {errc::tunnel_filter_not_found,
     "A tunnel mode filter operation in the legacy IPsec policy store found no filter: the handle "
     "no longer refers to one, or OpenTunnelFilterHandle found no exact match."sv,
     "The tunnel filter was deleted, or lost when the IPsec Policy Agent restarted.\n"
     "OpenTunnelFilterHandle got values that differ from the stored filter, such as the tunnel "
     "endpoint, ports or policy GUID.\n"
     "The static policy expected to create the tunnel is not assigned."sv,
     "Compare the values with the tunnel entries in `netsh ipsec dynamic show all`.\n"
     "In a program, enumerate with EnumTunnelFilters and reopen the filter with the exact values "
     "returned.\n"
     "Treat not-found on a delete as done; add the filter again if the tunnel is still needed.\n"
     "Check that the intended policy is assigned (`netsh ipsec static show all`)."sv,
     {errc::tunnel_filter_exists, errc::tunnel_filter_pending_deletion,
      errc::transport_filter_not_found, errc::qm_policy_not_found}},
    // 13018
    {errc::mm_filter_pending_deletion,
     "The main mode filter was deleted through one handle while other handles to it are still "
     "open, so the legacy IPsec policy store keeps it until the last handle closes and refuses "
     "updates to it."sv,
     "One program deleted the filter while another, or another part of the same program, still "
     "holds a handle to it.\n"
     "The filter was opened more than once (OpenMMFilterHandle, or an add with OPEN_IF_EXISTS) and "
     "not every handle was closed.\n"
     "Code updates the filter after removing it."sv,
     "Close every handle with CloseMMFilterHandle; the filter goes away when the last one "
     "closes.\n"
     "Retry with back-off, then add a new filter instead of updating the old one.\n"
     "If several programs share filters, let one owner add and delete them."sv,
     {errc::transport_filter_pending_deletion, errc::tunnel_filter_pending_deletion,
      errc::mm_filter_not_found, errc::mm_policy_in_use, errc::mm_auth_in_use}},
    // 13019
    {errc::transport_filter_pending_deletion,
     "The transport mode filter was deleted through one handle while other handles to it are still "
     "open, so the legacy IPsec policy store keeps it until the last handle closes and refuses "
     "updates to it."sv,
     "Another program, or another part of the same program, still holds a handle to the deleted "
     "filter.\n"
     "The filter was opened more than once (OpenTransportFilterHandle) and not every handle was "
     "closed.\n"
     "Code updates the filter after deleting it."sv,
     "Close every handle with CloseTransportFilterHandle so the deletion completes.\n"
     "Retry with back-off, then add a fresh filter rather than updating the deleted one.\n"
     "Until it is gone, its quick mode policy stays in use and cannot be deleted."sv,
     {errc::mm_filter_pending_deletion, errc::tunnel_filter_pending_deletion,
      errc::transport_filter_not_found, errc::qm_policy_in_use}},
    // 13020
    {errc::tunnel_filter_pending_deletion,
     "The tunnel mode filter was deleted through one handle while other handles to it are still "
     "open, so the legacy IPsec policy store keeps it until the last handle closes and refuses "
     "updates to it."sv,
     "Another program, or another part of the same program, still holds a handle to the deleted "
     "tunnel filter.\n"
     "The filter was opened more than once (OpenTunnelFilterHandle) and not every handle was "
     "closed.\n"
     "Code changes the tunnel after deleting it."sv,
     "Close every handle with CloseTunnelFilterHandle so the deletion completes.\n"
     "Retry with back-off, then add a new tunnel filter instead of updating the old one.\n"
     "Until it is gone, its quick mode policy stays in use and cannot be deleted."sv,
     {errc::mm_filter_pending_deletion, errc::transport_filter_pending_deletion,
      errc::tunnel_filter_not_found, errc::qm_policy_in_use}},
    // 13021
    {errc::mm_policy_pending_deletion,
     "The main mode (phase 1) policy in the legacy IPsec policy store is marked for deletion and "
     "cannot be used or changed. Windows does not document when this is returned; deleting a "
     "policy that filters still use normally fails with 13005 instead."sv,
     "The policy is being removed, by this program, another one or the Policy Agent, while "
     "something still refers to it.\n"
     "A program attaches a filter to, or updates, a policy that was just removed."sv,
     "Retry with back-off; once the policy is gone, add it again under a new GUID if still "
     "needed.\n"
     "Delete or repoint the main mode filters that still use it and close their handles.\n"
     "Check with `netsh ipsec dynamic show all` whether it is still listed, and let one owner "
     "manage shared policies."sv,
     {errc::mm_policy_in_use, errc::mm_policy_not_found, errc::mm_filter_pending_deletion,
      errc::qm_policy_pending_deletion, errc::mm_auth_pending_deletion}},
    // 13022
    {errc::mm_auth_pending_deletion,
     "The main mode authentication list (bundle) in the legacy IPsec policy store is marked for "
     "deletion and cannot be used or changed. Windows does not document when this is returned; "
     "deleting a list that filters still use normally fails with 13012 instead."sv,
     "The list is being removed, by this program, another one or the Policy Agent, while something "
     "still refers to it.\n"
     "A program uses or updates a list that was just removed."sv,
     "Retry with back-off, then add a new list under a new GUID if still needed.\n"
     "Delete or repoint the main mode filters that use the list and close their handles.\n"
     "Check with `netsh ipsec dynamic show all` which main mode entries still use it, and let one "
     "program own each shared list."sv,
     {errc::mm_auth_in_use, errc::mm_auth_not_found, errc::mm_policy_pending_deletion,
      errc::mm_filter_pending_deletion}},
    // 13023
    {errc::qm_policy_pending_deletion,
     "The quick mode (phase 2) policy in the legacy IPsec policy store is marked for deletion and "
     "cannot be used or changed. Windows does not document when this is returned; deleting a "
     "policy that filters still use normally fails with 13002 instead."sv,
     "The policy is being removed, by this program, another one or the Policy Agent, while "
     "something still refers to it.\n"
     "A program attaches a filter to, or updates, a policy that was just removed."sv,
     "Retry with back-off; once the policy is gone, add it again under a new GUID if still "
     "needed.\n"
     "Delete or repoint the transport and tunnel filters that still use it and close their "
     "handles.\n"
     "Check with `netsh ipsec dynamic show all` whether it is still listed, and let one owner "
     "manage shared policies."sv,
     {errc::qm_policy_in_use, errc::qm_policy_not_found, errc::transport_filter_pending_deletion,
      errc::tunnel_filter_pending_deletion, errc::mm_policy_pending_deletion}},
    // 13024
    {errc::mm_policy_pruned,
     "Not a failure: the main mode (phase 1) policy was added to, or updated in, the legacy IPsec "
     "policy store, but offers it does not support were dropped. The policy is in force with the "
     "remaining offers."sv,
     "An offer names a Diffie-Hellman group, encryption or hash algorithm that the store does not "
     "accept, or leaves an algorithm at none.\n"
     "The policy was written for another Windows version or vendor."sv,
     "Read the policy back with GetMMPolicy, or view it in `netsh ipsec dynamic show all`, to see "
     "which offers were kept.\n"
     "Compare them with the peer's phase 1 proposals (encryption, hash, Diffie-Hellman group, "
     "lifetime); with no overlap, main mode fails.\n"
     "Fix or remove the unsupported offers; in a program, treat the code as success but log it."sv,
     {errc::qm_policy_pruned, errc::mm_policy_exists, errc::ike_no_mm_policy, errc::ike_attrib_fail,
      errc::ike_process_err_prop}},
    // 13025
    {errc::qm_policy_pruned,
     "Not a failure: the quick mode (phase 2) policy was added to, or updated in, the legacy IPsec "
     "policy store, but offers it does not support were dropped. The policy is in force with the "
     "remaining offers."sv,
     "An offer uses an algorithm, or a combination of AH and ESP settings, that the store does not "
     "accept.\n"
     "Offers disagree on perfect forward secrecy: those whose PFS setting differs from the first "
     "accepted offer were dropped.\n"
     "The policy was written for another Windows version or vendor."sv,
     "Read the policy back with GetQMPolicy, or view it in `netsh ipsec dynamic show all`, to see "
     "which offers remain.\n"
     "Compare them with the peer's phase 2 proposals (AH or ESP, algorithms, PFS group, "
     "lifetimes); with no overlap, quick mode fails.\n"
     "Use one PFS setting for all offers; in a program, treat the code as success but log it."sv,
     {errc::mm_policy_pruned, errc::qm_policy_exists, errc::ike_attrib_fail,
      errc::ike_process_err_prop, errc::ike_no_policy}},
    // 13800
    {errc::ike_neg_status_begin,
     "Range marker, not an error: as its name says, it marks where the IKE negotiation status "
     "codes begin. It is not expected as the result of a negotiation; a program meets it only when "
     "it tests whether a code lies in that range."sv,
     "Code compares an error value against the range bounds, for example to decide whether IKE "
     "produced it.\n"
     "A tool or log printed the constant itself while listing or decoding the range."sv,
     "Treat it as a boundary: going by the marker names and values (Microsoft does not document "
     "the ranges), the original IKE status codes lie strictly between 13800 and 13897, and the "
     "extended ones between 13897 and 13909.\n"
     "If 13800 appears as the result of an operation, treat it as a bug in the program that logged "
     "it and look for the real error code nearby."sv,
     {errc::ike_neg_status_end, errc::ike_neg_status_extended_end}},
    // 13801
    {errc::ike_auth_fail,
     "IKE authentication (main mode, or IKE_AUTH in IKEv2) failed: one peer refused the other's "
     "credentials, so no IKE SA was built. IKEv2 VPN clients often report it for a server "
     "certificate they reject."sv,
     "The certificate presented is expired, revoked, or chains to a root the validating side does "
     "not trust.\n"
     "For IKEv2 VPN, the server certificate lacks the Server Authentication EKU or its subject "
     "differs from the name dialed.\n"
     "The client offers one of several Client Authentication certificates and the server rejects "
     "it."sv,
     "Audit failures with `auditpol /set /subcategory:\"IPsec Main Mode\" /failure:enable` and "
     "read events 4652 and 4653 for the failure point and reason.\n"
     "VPN clients also log this code in an Application-log event from source RasClient.\n"
     "Run `certutil -verify -urlfetch <file>` on the rejected certificate where it is validated.\n"
     "For IKEv2 VPN, check EKUs: Server Authentication on the server, Client Authentication on "
     "device certificates.\n"
     "For connection security rules, compare `Get-NetIPsecPhase1AuthSet` on both computers; "
     "methods and CAs must overlap."sv,
     {errc::ike_no_cert, errc::ike_no_peer_cert, errc::ike_cert_chain_policy_mismatch,
      errc::ike_invalid_key_usage, errc::ike_crl_failed, errc::ike_kerberos_error}},
    // 13802
    {errc::ike_attrib_fail,
     "IKE rejected the security attributes on offer: the peers found no proposal both accept, in "
     "main mode (phase 1) or quick mode (phase 2), so no SA is built."sv,
     "No encryption, integrity and Diffie-Hellman combination in the main mode crypto sets matches "
     "exactly.\n"
     "The quick mode proposals differ, for example ESP against AH, or encryption required by one "
     "side only.\n"
     "Perfect forward secrecy is required by one peer and not offered by the other.\n"
     "Lifetimes or other attributes fall outside what the peer accepts."sv,
     "Compare `Get-NetIPsecMainModeCryptoSet -PolicyStore ActiveStore` and "
     "`Get-NetIPsecQuickModeCryptoSet -PolicyStore ActiveStore` with the peer, field by field.\n"
     "Make one proposal identical on both sides in encryption, integrity and Diffie-Hellman group, "
     "then align lifetimes and PFS.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Main Mode\" /failure:enable` and "
     "read events 4652 and 4653; for quick mode, audit the IPsec Quick Mode subcategory and read "
     "event 4654.\n"
     "On a non-Windows peer, read its IKE log for the refused proposal."sv,
     {errc::ike_policy_match, errc::ike_invalid_group, errc::ike_invalid_encrypt_alg,
      errc::ike_process_err_sa, errc::ike_auth_fail}},
    // 13803
    {errc::ike_negotiation_pending,
     "Not a failure in itself: an IKE negotiation for the same traffic or peer is already running, "
     "so no second one was started. Programs get it when they ask for an SA that is still being "
     "negotiated."sv,
     "Traffic started before main mode and quick mode had finished, so the first packets of the "
     "flow waited for the SA.\n"
     "A program or a retry loop asked for the same negotiation twice in quick succession.\n"
     "The running negotiation is slow because the peer or the local IKEEXT service is busy."sv,
     "Wait a few seconds and try again; a program should retry with back-off instead of at once.\n"
     "Check whether the SAs have appeared with `Get-NetIPsecMainModeSA` and "
     "`Get-NetIPsecQuickModeSA`, or `netsh advfirewall monitor show mmsa` and `qmsa`.\n"
     "If the state never clears, treat it as a time-out: check that the peer answers on UDP 500 "
     "and UDP 4500 and is not overloaded."sv,
     {errc::ike_timed_out, errc::key_module_impersonation_negotiation_pending,
      errc::ike_mm_delay_drop, errc::ike_qm_delay_drop}},
    // 13804
    {errc::ike_general_processing_error,
     "The IKE and AuthIP keying service (IKEEXT) failed while handling a negotiation and reported "
     "only a catch-all processing error. It is a real failure in main mode, quick mode or extended "
     "mode, and the code alone does not say which step broke."sv,
     "A peer whose IKE implementation does not interoperate cleanly with Windows.\n"
     "Packets truncated or altered on the path, for example by an IPsec helper on a NAT router or "
     "by lost fragments.\n"
     "Mismatched settings, such as different pre-shared keys, failing at an odd point.\n"
     "A local fault inside IKEEXT."sv,
     "Run `auditpol /set /subcategory:\"IPsec Main Mode\" /success:enable /failure:enable` "
     "(likewise for \"IPsec Quick Mode\"), then read Security events 4653/4654 (failed "
     "negotiation) and 4976/4977 (invalid packet).\n"
     "Reproduce between `netsh wfp capture start` and `netsh wfp capture stop` and read the IKE "
     "failures in the XML inside wfpdiag.cab.\n"
     "Compare proposals with the peer: `Get-NetIPsecMainModeCryptoSet`, "
     "`Get-NetIPsecQuickModeCryptoSet` and `Get-NetIPsecPhase1AuthSet`."sv,
     {errc::ike_error, errc::ike_invalid_payload, errc::ike_auth_fail, errc::ike_attrib_fail}},
    // 13805
    {errc::ike_timed_out,
     "IKE gave up because the peer's replies did not arrive in time. This general IKE failure can "
     "hit main mode or quick mode; no SA was created."sv,
     "A firewall or NAT device on the path drops UDP 500 or UDP 4500 in one direction.\n"
     "The peer is down or unreachable, or its IKE service is not running.\n"
     "The peer has no matching policy and silently ignores the request.\n"
     "The peer is overloaded and answers too late."sv,
     "If `Get-NetIPsecMainModeSA` shows no main mode SA to the peer, suspect the path or the peer "
     "before crypto settings.\n"
     "Open UDP 500 and UDP 4500 both ways on every firewall between the peers, and IP protocol 50 "
     "(ESP) where NAT traversal is not used.\n"
     "Check that the peer is reachable and its IKE service runs (`Get-Service IKEEXT` on "
     "Windows).\n"
     "Trace a repro with `netsh wfp capture start` and `netsh wfp capture stop`.\n"
     "A program should retry with back-off."sv,
     {errc::ike_drop_no_response, errc::ike_mm_delay_drop, errc::ike_qm_delay_drop,
      errc::ike_peer_mm_assumed_invalid, errc::ike_negotiation_pending}},
    // 13806
    {errc::ike_no_cert,
     "IKE found no valid computer certificate to offer for certificate authentication, so this "
     "computer could not authenticate itself. The fault lies in local certificate selection."sv,
     "No suitable certificate exists in Local Computer > Personal; a certificate in the user store "
     "does not count.\n"
     "The certificate is expired, not yet valid, or has no private key.\n"
     "It does not chain to a CA named in the authentication method, or that root is not trusted by "
     "the computer.\n"
     "It fails the selection criteria of the method, such as required EKUs, subject name or "
     "thumbprint."sv,
     "Open `certlm.msc`, Personal > Certificates, and check the validity dates, the private key "
     "note on the General tab and the status on the Certification Path tab.\n"
     "Expand the Proposal property of `Get-NetIPsecPhase1AuthSet` (and `Get-NetIPsecPhase2AuthSet` "
     "for second authentication) and compare its Authority with the certificate's issuing chain.\n"
     "Run `certutil -verify -urlfetch <file>` on the exported certificate.\n"
     "If autoenrollment supplies the certificate, run `certutil -pulse` to trigger it."sv,
     {errc::ike_no_private_key, errc::ike_no_peer_cert, errc::ike_cert_chain_policy_mismatch,
      errc::ike_auth_fail, errc::ike_invalid_key_usage}},
    // 13807
    {errc::ike_sa_deleted,
     "IKE main mode (or the IKEv2 initial exchange) was still in progress when the peer sent a "
     "delete for the IKE SA, so the negotiation ended before an SA existed. The decision to give "
     "up was made on the peer; the local side only sees the delete."sv,
     "The peer rejected something it received, most often the authentication method or "
     "credentials.\n"
     "The peer's policy changed or its IKE service restarted during the exchange.\n"
     "The peer hit a limit of its own, such as a timeout or load limit, and dropped the half-built "
     "SA."sv,
     "Read the peer's logs for the same moment; on a Windows peer, enable failure auditing for the "
     "IPsec Main Mode subcategory with `auditpol` and look for event 4653 (main mode negotiation "
     "failed).\n"
     "Compare authentication methods (`Get-NetIPsecPhase1AuthSet`) and main mode proposals "
     "(`Get-NetIPsecMainModeCryptoSet`) with the peer's settings.\n"
     "Retry the connection; if it then succeeds, the delete came from a passing restart or policy "
     "refresh on the peer."sv,
     {errc::ike_sa_reaped, errc::ike_auth_fail, errc::ike_attrib_fail, errc::ike_timed_out}},
    // 13808
    {errc::ike_sa_reaped,
     "An IKE SA was deleted while still being negotiated, so main mode (or the IKEv2 initial "
     "exchange) never completed. Unlike 13807 the message does not name the peer, which implies "
     "this side removed the half-open SA, most likely because the exchange stalled."sv,
     "The peer stopped answering partway through the exchange and the negotiation ran out of "
     "time.\n"
     "A policy change or a restart of IKEEXT removed negotiations that were in progress.\n"
     "Heavy load or a burst of negotiations made IKE discard half-open SAs."sv,
     "Check that UDP 500, and UDP 4500 when NAT is involved, pass in both directions; a device "
     "that lets only the first packets through leaves exchanges hanging.\n"
     "Read the IPsec Main Mode audit events on both hosts around the time of the error (event 4653 "
     "records a failed negotiation).\n"
     "Run `Get-NetIPsecMainModeSA` to see whether a later attempt has since built an SA to the "
     "peer.\n"
     "For a program, retry after a short back-off rather than immediately."sv,
     {errc::ike_sa_deleted, errc::ike_timed_out, errc::ike_mm_delay_drop,
      errc::ike_drop_no_response, errc::ike_policy_change}},
    // 13809
    {errc::ike_mm_acquire_drop,
     "A request to start main mode (phase 1) waited in the IKE queue too long and was dropped "
     "before it ran. Codes 13809 to 13812 print the same message; the name suggests the dropped "
     "acquire (the request raised when traffic needs an SA) was for main mode."sv,
     "IKEEXT has more negotiations queued than it can serve, such as many clients reconnecting "
     "after a restart.\n"
     "Main mode negotiations with peers that never answer occupy IKE, so new ones wait behind "
     "them.\n"
     "Slow credential checks, such as Kerberos to a distant domain controller or revocation "
     "look-ups that time out, hold up the queue."sv,
     "Check the load on this computer and count the SAs with `Get-NetIPsecMainModeSA`.\n"
     "Find peers that never answer and fix their reachability on UDP 500 and UDP 4500.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Main Mode\" /failure:enable` and "
     "read events 4652 and 4653.\n"
     "Let the traffic raise a new acquire; a program should retry with back-off."sv,
     {errc::ike_qm_acquire_drop, errc::ike_queue_drop_no_mm, errc::ike_mm_delay_drop,
      errc::ike_timed_out}},
    // 13810
    {errc::ike_qm_acquire_drop,
     "A request to start quick mode (phase 2) waited in the IKE queue too long and was dropped "
     "before it ran. Codes 13809 to 13812 print the same message; the name suggests the dropped "
     "acquire was for quick mode, the exchange that builds the ESP or AH SAs."sv,
     "IKEEXT has more negotiations queued than it can serve, such as many clients reconnecting "
     "after a restart.\n"
     "Many flows need new quick mode SAs at once, for example after a rekey or a policy change.\n"
     "The main mode SA that quick mode runs in is slow to build or was lost."sv,
     "Run `Get-NetIPsecMainModeSA` and `Get-NetIPsecQuickModeSA` (or `netsh advfirewall monitor "
     "show mmsa` and `qmsa`) to see which SAs are missing.\n"
     "Check the load on this computer and on the peer.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Quick Mode\" /failure:enable` and "
     "read event 4654.\n"
     "Let the traffic retry; a program should retry with back-off."sv,
     {errc::ike_mm_acquire_drop, errc::ike_queue_drop_mm, errc::ike_qm_delay_drop,
      errc::ike_timed_out}},
    // 13811
    {errc::ike_queue_drop_mm,
     "A queued negotiation request was dropped after waiting too long. Codes 13809 to 13812 share "
     "one message; the name suggests a main mode SA with the peer already existed, so the delay "
     "lay in quick mode or in the queue, not in phase 1."sv,
     "IKEEXT has more negotiations queued than it can serve, such as many clients reconnecting "
     "after a restart.\n"
     "The peer answers slowly, or no longer at all, on the existing main mode SA.\n"
     "Perfect forward secrecy adds a Diffie-Hellman exchange to each quick mode, which adds load "
     "when many SAs renew together."sv,
     "Run `Get-NetIPsecMainModeSA` and `Get-NetIPsecQuickModeSA` to confirm main mode exists and "
     "see which quick mode SAs are missing.\n"
     "If the peer lost the main mode SA, remove the stale one with `Remove-NetIPsecMainModeSA` so "
     "a fresh one is built.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Quick Mode\" /failure:enable` and "
     "read event 4654.\n"
     "A program should retry with back-off."sv,
     {errc::ike_queue_drop_no_mm, errc::ike_qm_acquire_drop, errc::ike_qm_delay_drop,
      errc::ike_peer_mm_assumed_invalid}},
    // 13812
    {errc::ike_queue_drop_no_mm,
     "A queued negotiation request was dropped after waiting too long. Codes 13809 to 13812 share "
     "one message; the name suggests no main mode SA to the peer existed yet, so phase 1 did not "
     "finish in time."sv,
     "Main mode cannot complete because UDP 500 or UDP 4500 is blocked or the peer does not "
     "answer.\n"
     "Main mode authentication is slow, for example Kerberos to an unreachable domain controller "
     "or a slow revocation check.\n"
     "IKEEXT has more negotiations queued than it can serve, such as many clients reconnecting "
     "after a restart."sv,
     "Run `Get-NetIPsecMainModeSA` or `netsh advfirewall monitor show mmsa` to confirm that no "
     "main mode SA to the peer exists.\n"
     "Check that the peer is reachable and that UDP 500 and UDP 4500 pass both ways.\n"
     "With certificates, `certutil -verify -urlfetch` shows whether revocation checks are slow.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Main Mode\" /failure:enable` and "
     "read events 4652 and 4653.\n"
     "A program should retry with back-off."sv,
     {errc::ike_queue_drop_mm, errc::ike_mm_acquire_drop, errc::ike_mm_delay_drop,
      errc::ike_drop_no_response}},
    // 13813
    {errc::ike_drop_no_response,
     "IKE gave up a negotiation because the peer sent nothing back. It is a general IKE failure; "
     "unlike 13805, the message points to a peer that never answered rather than one that answered "
     "too slowly."sv,
     "UDP 500 or UDP 4500 is blocked on the path, or a NAT device drops the replies.\n"
     "The peer is offline, the rule has the wrong peer address, or no IKE service runs there.\n"
     "The peer has no IPsec policy for this computer and ignores it.\n"
     "The peer drops requests from this address, for example under its own rate limit."sv,
     "Check the peer address in the rule and that the peer is up.\n"
     "Open UDP 500 and UDP 4500 both ways on every firewall on the path.\n"
     "On a Windows peer, check that IKEEXT runs and that `Get-NetIPsecRule -PolicyStore "
     "ActiveStore` shows a matching rule.\n"
     "Trace a repro with `netsh wfp capture start` and `netsh wfp capture stop`.\n"
     "A program should retry with back-off."sv,
     {errc::ike_timed_out, errc::ike_peer_mm_assumed_invalid, errc::ike_mm_delay_drop,
      errc::ike_ratelimit_drop}},
    // 13814
    {errc::ike_mm_delay_drop,
     "A main mode (phase 1) negotiation was dropped because it took too long to finish. 13814 and "
     "13815 print the same message; MM_DELAY_DROP marks main mode, where the peers authenticate "
     "and build the IKE SA, and 13815 is the quick mode twin."sv,
     "Authentication is slow: Kerberos must reach a domain controller, or certificate revocation "
     "checks wait on an unreachable URL.\n"
     "IKE messages carrying certificates are fragmented and a device on the path drops the IP "
     "fragments.\n"
     "The peer is overloaded or packets are lost on the path.\n"
     "This computer is under heavy load."sv,
     "Run `Get-NetIPsecMainModeSA` or `netsh advfirewall monitor show mmsa` to confirm that main "
     "mode to this peer is missing.\n"
     "With certificates, run `certutil -verify -urlfetch` on them to see whether revocation checks "
     "are slow.\n"
     "Make sure the path passes fragmented UDP 500 and UDP 4500 packets, and check the load of "
     "both peers.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Main Mode\" /failure:enable` and "
     "read events 4652 and 4653."sv,
     {errc::ike_qm_delay_drop, errc::ike_mm_acquire_drop, errc::ike_timed_out,
      errc::ike_drop_no_response}},
    // 13815
    {errc::ike_qm_delay_drop,
     "A quick mode (phase 2) negotiation was dropped because it took too long to finish. 13815 "
     "shares its message with 13814; QM_DELAY_DROP marks quick mode, which runs inside an existing "
     "main mode SA and negotiates the ESP or AH SAs that protect the data."sv,
     "The peer answers quick mode slowly because it is overloaded.\n"
     "The peer lost the main mode SA, for example after a restart, so messages sent on it go "
     "unanswered.\n"
     "Perfect forward secrecy adds a Diffie-Hellman exchange to each quick mode, which is slow "
     "when many SAs renew at once.\n"
     "Packets are lost on the path."sv,
     "Run `Get-NetIPsecQuickModeSA` and `Get-NetIPsecMainModeSA` to see whether main mode exists "
     "while quick mode SAs are missing.\n"
     "If the main mode SA looks stale, remove it with `Remove-NetIPsecMainModeSA` so the next "
     "traffic builds a new one.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Quick Mode\" /failure:enable` and "
     "read event 4654.\n"
     "Check the load of both peers; a program should retry with back-off."sv,
     {errc::ike_mm_delay_drop, errc::ike_qm_acquire_drop, errc::ike_add_update_key_failed,
      errc::ike_timed_out}},
    // 13816
    {errc::ike_error,
     "IKE failed with an error it could not classify. The negotiation really failed, but the code "
     "gives no hint of the cause, so the surrounding events and traces matter more."sv,
     "An unexpected condition inside IKEEXT or a component it uses, such as the certificate or "
     "Kerberos stack.\n"
     "Peer behaviour Windows did not anticipate, often from a third-party IKE implementation.\n"
     "A transient failure during a service restart, a policy change or a resume from sleep."sv,
     "Check that IKEEXT and BFE are running (`Get-Service IKEEXT, BFE`) and look in the System log "
     "for service errors at the same time.\n"
     "Run `auditpol /set /subcategory:\"IPsec Main Mode\" /success:enable /failure:enable` "
     "(likewise for \"IPsec Quick Mode\"), then read Security events 4653/4654 (failed "
     "negotiation) and 4976/4977 (invalid packet).\n"
     "Reproduce between `netsh wfp capture start` and `netsh wfp capture stop` and read the IKE "
     "failures in the XML inside wfpdiag.cab.\n"
     "After a recent change, compare `netsh advfirewall consec show rule name=all` with the "
     "earlier configuration."sv,
     {errc::ike_general_processing_error, errc::ike_timed_out, errc::ike_shutting_down}},
    // 13817
    {errc::ike_crl_failed,
     "Revocation checking of a certificate used in IKE authentication failed: a certificate in the "
     "chain is revoked, or the check could not complete while policy requires it to. 13848 is the "
     "variant that names the peer's certificate."sv,
     "A certificate in the chain has been revoked by its CA.\n"
     "The CRL distribution point (CDP) in the certificate cannot be reached.\n"
     "The CRL fetched has expired because the CA has not published a newer one.\n"
     "Revocation checking is set to RequireCrlCheck, which fails on any retrieval error and not "
     "only on a revoked certificate."sv,
     "Run `certutil -verify -urlfetch <file>` on the exported certificate; it fetches every CDP "
     "and shows which URL failed or whether the certificate is revoked.\n"
     "Make sure each CDP URL (HTTP or LDAP) is reachable without the IPsec connection being "
     "negotiated.\n"
     "Compare CertValidationLevel (None, AttemptCrlCheck or RequireCrlCheck) in "
     "`Get-NetFirewallSetting -PolicyStore ActiveStore` on both computers.\n"
     "Replace a revoked certificate, or publish a fresh CRL if the current one is stale."sv,
     {errc::ike_peer_crl_failed, errc::ike_auth_fail, errc::ike_no_cert,
      errc::ike_cert_chain_policy_mismatch}},
    // 13818
    {errc::ike_invalid_key_usage,
     "IKE rejected a certificate because its Key Usage or Enhanced Key Usage (EKU) does not allow "
     "the use IKE needs. Main mode authentication fails."sv,
     "The Key Usage extension lacks Digital Signature, which signature-based IKE authentication "
     "relies on.\n"
     "The authentication method requires specific EKUs and the certificate does not carry them.\n"
     "For IKEv2 VPN, the server certificate lacks Server Authentication or the device certificate "
     "lacks Client Authentication.\n"
     "The certificate came from a template meant for another purpose, such as encryption only."sv,
     "In `certlm.msc`, open the certificate and read Key Usage and Enhanced Key Usage on the "
     "Details tab.\n"
     "Compare them with the EKU criteria in the proposals of `Get-NetIPsecPhase1AuthSet` on both "
     "computers, or with the EKUs the VPN profile expects.\n"
     "Reissue the certificate from a template that includes Digital Signature and every EKU the "
     "policy requires.\n"
     "Check the peer's certificate the same way; the code does not say which side's certificate "
     "failed."sv,
     {errc::ike_auth_fail, errc::ike_no_cert, errc::ike_invalid_cert_type, errc::ike_no_peer_cert}},
    // 13819
    {errc::ike_invalid_cert_type,
     "IKE received or selected a certificate of a type it cannot use with the configured "
     "authentication method. Main mode authentication fails."sv,
     "The certificate's key algorithm (RSA or ECDSA) differs from the signing algorithm set in the "
     "authentication proposal (RSA, ECDSA256 or ECDSA384).\n"
     "A non-Windows peer sends its certificate in an encoding other than an X.509 signature "
     "certificate.\n"
     "Loose selection criteria let IKE pick a certificate that was never meant for IPsec."sv,
     "Read the Public key field of the certificate in `certlm.msc` and compare it with the Signing "
     "value of the proposals in `Get-NetIPsecPhase1AuthSet`.\n"
     "On a third-party peer, configure it to send an X.509 certificate and check which key types "
     "both sides support.\n"
     "Narrow the selection with EKU, subject name or thumbprint criteria so only the intended "
     "certificate is offered.\n"
     "Capture the exchange with `netsh wfp capture start` and `netsh wfp capture stop` to see "
     "which certificate was sent."sv,
     {errc::ike_invalid_key_usage, errc::ike_no_public_key, errc::ike_invalid_cert_keylen,
      errc::ike_auth_fail, errc::ike_process_err_cert}},
    // 13820
    {errc::ike_no_private_key,
     "The certificate IKE chose for this computer has no usable private key, so IKE cannot sign "
     "with it and main mode authentication fails. The fault is on the computer that reports the "
     "code."sv,
     "The certificate was imported without its key, for example from a .cer file instead of a "
     ".pfx.\n"
     "Certificate and key were imported into a user store and only the certificate was copied to "
     "the computer store.\n"
     "The key exists but its link to the certificate is broken.\n"
     "A key-less certificate from the same CA matches the policy and is picked first."sv,
     "In `certlm.msc` > Personal > Certificates, open the certificate and check that the General "
     "tab says a private key corresponds to it.\n"
     "Reimport the .pfx into Local Computer > Personal with `certlm.msc` or "
     "`Import-PfxCertificate`.\n"
     "If the key is present but not linked, `certutil -repairstore My <serial>` can restore the "
     "association.\n"
     "Remove stale key-less certificates from the same CA so IKE cannot select them."sv,
     {errc::ike_no_cert, errc::ike_no_peer_cert, errc::ike_auth_fail}},
    // 13821
    {errc::ike_simultaneous_rekey,
     "Both peers started to rekey the same SA at the same moment. It is normally not a failure: "
     "one of the duplicate SAs is kept and the other closed (IKEv2 specifies this in RFC 7296, "
     "section 2.8.1), and traffic continues."sv,
     "Both peers use the same lifetime and the SA was created on both at the same moment, so both "
     "reach the rekey point together.\n"
     "Traffic in both directions triggers a renewal on each side at once.\n"
     "Both peers count the same traffic against a kilobyte lifetime, so the data limit is reached "
     "on both ends at once."sv,
     "If traffic keeps flowing, no action is needed; check with `Get-NetIPsecQuickModeSA` that one "
     "SA pair per flow remains.\n"
     "If it recurs often, give one side a slightly shorter lifetime (MaxMinutes in the main mode "
     "crypto set or the quick mode proposal) so that side always rekeys first.\n"
     "A program that got this code should retry the operation after a short pause."sv,
     {errc::ike_mm_expired, errc::ike_qm_expired, errc::ike_sa_deleted,
      errc::ike_negotiation_pending}},
    // 13822
    {errc::ike_dh_fail,
     "IKE could not complete the Diffie-Hellman computation that derives the shared keying "
     "material, in the key exchange of main mode or of a quick mode with perfect forward secrecy; "
     "the negotiation fails."sv,
     "The peer sent a key exchange value that is malformed or not valid for the agreed group.\n"
     "The peers disagree about the group, so the received value cannot be used with the local "
     "one.\n"
     "A local cryptographic provider problem or a resource shortage made the computation fail."sv,
     "Compare the Diffie-Hellman group (KeyExchange in `Get-NetIPsecMainModeCryptoSet -PolicyStore "
     "ActiveStore`) and the PFS group in `Get-NetIPsecQuickModeCryptoSet` with the peer.\n"
     "Try another group both sides support, such as DH14 or ECDH P-256, to see whether one group "
     "is at fault.\n"
     "Read the peer's IKE log for the value it sent, or trace a repro with `netsh wfp capture "
     "start` and `netsh wfp capture stop`.\n"
     "If only this computer fails, restart IKEEXT in a quiet period; this tears down all its SAs."sv,
     {errc::ike_dh_failure, errc::ike_invalid_group, errc::ike_process_err_ke,
      errc::ike_general_processing_error}},
    // 13823
    {errc::ike_critical_payload_not_recognized,
     "The peer sent a payload flagged as critical that Windows does not understand, so the whole "
     "message was rejected. In IKEv2 (RFC 7296) the critical bit asks the receiver to refuse the "
     "message instead of skipping the unknown payload."sv,
     "The peer uses an IKEv2 extension that Windows does not implement and marks its payload "
     "critical.\n"
     "A vendor-specific or experimental payload sent with the critical bit set.\n"
     "A bug in the peer that sets the critical bit on optional payloads.\n"
     "A middlebox or corruption changing the payload type or flags."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and find the payload type that carries "
     "the critical flag.\n"
     "Turn off the extension or vendor feature on the peer that produces that payload.\n"
     "Test with a plain IKEv2 profile on the peer using only standard algorithms.\n"
     "Update the peer's IKE software if it flags optional payloads as critical."sv,
     {errc::ike_invalid_payload, errc::ike_invalid_header, errc::ike_invalid_major_version}},
    // 13824
    {errc::ike_invalid_header,
     "A received IKE message had a header Windows could not accept, so it was dropped unread. The "
     "28-byte header holds both cookies (SPIs), next payload, version, exchange type, flags, "
     "message ID and length."sv,
     "A length field that disagrees with the datagram, usually from truncation or damaged IP "
     "fragments.\n"
     "An unknown exchange type or invalid flags from a non-interoperable peer.\n"
     "IKE on UDP 4500 without the four zero bytes that mark NAT-T traffic as IKE rather than "
     "ESP.\n"
     "Non-IKE traffic, such as scans, arriving on UDP 500 or 4500."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and compare the rejected header's "
     "length field with the captured size.\n"
     "Look for devices that fragment, truncate or rewrite UDP 500/4500, such as IPsec helpers on "
     "NAT routers.\n"
     "If the sender is a real peer, check that both sides agree on NAT traversal.\n"
     "If the source is unknown, treat it as noise and limit who can reach UDP 500 and 4500."sv,
     {errc::ike_invalid_major_version, errc::ike_invalid_cookie, errc::ike_unexpected_message_id,
      errc::ike_invalid_payload, errc::dosp_invalid_packet}},
    // 13825
    {errc::ike_no_policy,
     "IKE found no IPsec policy for the traffic or peer it was asked to negotiate. Usually this "
     "computer received a request as responder but has no connection security rule that matches "
     "it; it is a configuration failure, not a network one."sv,
     "Only one peer has a connection security rule for this traffic.\n"
     "The rule exists but is disabled, applies to another network profile, or has not yet arrived "
     "through Group Policy.\n"
     "The endpoints, protocol or ports in the two peers' rules do not describe the same traffic.\n"
     "The policy was removed or changed while the negotiation was starting."sv,
     "Compare the rules in force on both peers with `Get-NetIPsecRule -PolicyStore ActiveStore` or "
     "`netsh advfirewall consec show rule name=all`: endpoints, protocol and ports.\n"
     "Check the active profile with `Get-NetConnectionProfile` and that the rule is enabled for "
     "it.\n"
     "Run `gpupdate /force`, then check with `Get-Service MpsSvc, BFE, IKEEXT` that the services "
     "that apply connection security rules run: Windows Defender Firewall, Base Filtering Engine "
     "and IKE and AuthIP IPsec Keying Modules.\n"
     "Check PolicyAgent (IPsec Policy Agent) only when legacy IP Security Policies, from the "
     "snap-in or `netsh ipsec`, are assigned; it starts on demand, so a stopped PolicyAgent is "
     "normal otherwise."sv,
     {errc::ike_no_mm_policy, errc::ike_policy_match, errc::ike_invalid_policy,
      errc::ike_negotiation_disabled}},
    // 13826
    {errc::ike_invalid_signature,
     "IKE could not verify the peer's signature over the main mode exchange with the public key in "
     "the peer's certificate, so the peer is not authenticated. The certificate may be valid; the "
     "proof of possession failed."sv,
     "The peer signed with a private key that does not match the certificate it sent, for example "
     "after a renewal.\n"
     "A non-Windows peer uses a signature scheme or hash the Windows side does not expect.\n"
     "A device on the path altered the IKE packets."sv,
     "Enable failure auditing with `auditpol /set /subcategory:\"IPsec Main Mode\" "
     "/failure:enable` and read events 4652 and 4653 in the Security log for the failure point and "
     "reason.\n"
     "On the peer, confirm that the certificate it sends and its private key belong together.\n"
     "For a third-party peer, compare its authentication method (RSA or ECDSA signature) and hash "
     "with the proposals in `Get-NetIPsecPhase1AuthSet`.\n"
     "Capture with `netsh wfp capture start` and `netsh wfp capture stop` to see which message "
     "fails."sv,
     {errc::ike_invalid_sig, errc::ike_process_err_sig, errc::ike_auth_fail,
      errc::ike_invalid_hash}},
    // 13827
    {errc::ike_kerberos_error,
     "Kerberos authentication failed in IKE main mode or in AuthIP extended mode. The initiator "
     "must get a ticket for the responder's account from a domain controller, and the responder "
     "must accept it."sv,
     "The computers are not in the same domain or in trusting domains, or one of them is in a "
     "workgroup.\n"
     "No domain controller is reachable on port 88 (TCP or UDP) at negotiation time, for example "
     "from a remote network.\n"
     "The clocks differ by more than the Kerberos tolerance, five minutes by default.\n"
     "The rule uses the IKEv2 keying module, which does not support Kerberos."sv,
     "Check the domain secure channel with `Test-ComputerSecureChannel -Verbose` on both "
     "computers.\n"
     "Compare time with `w32tm /query /status` on both peers and a domain controller; resync with "
     "`w32tm /resync`.\n"
     "List the computer's tickets with `klist -li 0x3e7`, purge them with `klist -li 0x3e7 purge`, "
     "then retry.\n"
     "Where no domain controller is reachable, set a Kerberos proxy (-Proxy of "
     "`New-NetIPsecAuthProposal`) or use certificates."sv,
     {errc::ike_srvacqfail, errc::ike_srvquerycred, errc::ike_failqueryssp, errc::ike_auth_fail,
      errc::ike_invalid_auth_payload}},
    // 13828
    {errc::ike_no_public_key,
     "The peer's certificate did not yield a public key IKE could use, so the peer's signature "
     "cannot be checked and main mode authentication fails. The problem lies in the peer's "
     "certificate."sv,
     "The certificate uses a key algorithm Windows IKE does not accept; the proposals offer RSA "
     "and ECDSA P-256 or P-384.\n"
     "The certificate is malformed, which happens with hand-built or test certificates.\n"
     "The peer is configured with the wrong certificate."sv,
     "Export the peer's certificate and read its Public key field; reissue it with an RSA or ECDSA "
     "P-256/P-384 key if needed.\n"
     "Run `certutil -dump <file>` on the exported certificate to check that it parses cleanly.\n"
     "Compare the Signing value of the proposals in `Get-NetIPsecPhase1AuthSet` with the peer's "
     "key type.\n"
     "Capture with `netsh wfp capture start` and `netsh wfp capture stop` to see which certificate "
     "the peer sent."sv,
     {errc::ike_invalid_cert_type, errc::ike_invalid_signature, errc::ike_no_peer_cert,
      errc::ike_process_err_cert, errc::ike_auth_fail}},
    // 13829
    {errc::ike_process_err,
     "IKE could not process an error payload from the peer, so the negotiation failed without "
     "Windows learning the peer's reason. The exact payload is undocumented; the message implies a "
     "malformed or misplaced error notification."sv,
     "The peer rejected the negotiation and its error report used a format Windows does not "
     "parse.\n"
     "The error arrived protected with keys Windows no longer holds, for example after a rekey, a "
     "restart or a pre-shared key mismatch.\n"
     "Corruption or truncation of the packet on the path."sv,
     "Read the peer's IKE log first: the reason it sent an error is usually the real fault.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and find the informational or notify "
     "message sent just before the failure.\n"
     "Compare proposals, authentication methods and pre-shared keys with the peer, since "
     "rejections usually start there.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_notify, errc::ike_decrypt, errc::ike_auth_fail, errc::ike_attrib_fail}},
    // 13830
    {errc::ike_process_err_sa,
     "Windows could not parse or accept the Security Association (SA) payload in an IKE message. "
     "The SA payload carries the DOI, the situation and the proposals with their transforms: the "
     "IKE SA settings in main mode, the ESP or AH settings in quick mode."sv,
     "The peer builds its SA payload in a way Windows does not accept, a typical interoperability "
     "problem with non-Windows gateways.\n"
     "Attributes Windows does not support, such as unknown attribute types or unusual lifetime "
     "encodings.\n"
     "Length fields inside the SA payload that disagree with its contents, from a bug or a damaged "
     "packet."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and check the SA payload's DOI, "
     "situation and lengths.\n"
     "Compare the peer's offer with `Get-NetIPsecMainModeCryptoSet` (main mode) or "
     "`Get-NetIPsecQuickModeCryptoSet` (quick mode) and trim it to algorithms both support.\n"
     "Retry with a single, minimal proposal on the peer.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_prop, errc::ike_process_err_trans, errc::ike_unknown_doi,
      errc::ike_invalid_situation, errc::ike_attrib_fail}},
    // 13831
    {errc::ike_process_err_prop,
     "Windows could not process a Proposal payload inside the peer's SA payload. Each proposal "
     "names a proposal number, a protocol (ISAKMP, ESP or AH), an SPI and the transforms offered "
     "for that protocol."sv,
     "Proposal numbers, protocol IDs or SPI sizes encoded in a way Windows does not expect.\n"
     "A transform count or length that does not match the data that follows, from a peer bug or "
     "corruption.\n"
     "A proposal for a protocol or combination that the matching Windows rule does not offer."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and decode each proposal: number, "
     "protocol ID, SPI size and transform count.\n"
     "Compare the offer with `Get-NetIPsecMainModeCryptoSet` or `Get-NetIPsecQuickModeCryptoSet` "
     "and reduce the peer to one matching proposal.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_sa, errc::ike_process_err_trans, errc::ike_attrib_fail}},
    // 13832
    {errc::ike_process_err_trans,
     "Windows could not process a Transform payload inside a proposal. In IKEv1 a transform is one "
     "complete choice, such as AES with SHA-256, with attributes like key length, Diffie-Hellman "
     "group, encapsulation mode and lifetime; in IKEv2 it names one algorithm."sv,
     "A transform ID or attribute value Windows does not recognise, often a newer or "
     "vendor-specific algorithm.\n"
     "Badly encoded attributes, such as a lifetime or key length in an unexpected format.\n"
     "NAT-T encapsulation mode values from the draft revision while the peer advertised RFC 3947, "
     "or the reverse.\n"
     "Corruption of the packet on the path."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and list the transforms and attributes "
     "the peer offers.\n"
     "Compare them with `Get-NetIPsecMainModeCryptoSet` and `Get-NetIPsecQuickModeCryptoSet` and "
     "let the peer offer only algorithms found on both sides.\n"
     "Remove experimental or vendor-specific algorithms from the peer's proposal.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_prop, errc::ike_attrib_fail, errc::ike_invalid_encrypt_alg,
      errc::ike_invalid_hash_alg, errc::ike_invalid_auth_alg}},
    // 13833
    {errc::ike_process_err_ke,
     "The Key Exchange (KE) payload from the peer could not be processed. It carries the sender's "
     "Diffie-Hellman public value, whose size is fixed by the negotiated Diffie-Hellman group."sv,
     "A public value whose length does not fit the agreed group, from a group mismatch or a peer "
     "bug.\n"
     "Perfect forward secrecy set on one side only, so a quick mode KE payload is missing or "
     "unexpected.\n"
     "A group the peer uses that Windows does not offer for this exchange.\n"
     "A truncated or damaged packet, more likely with large groups and fragmented datagrams."sv,
     "Compare the Diffie-Hellman group in `Get-NetIPsecMainModeCryptoSet` with the peer's phase 1 "
     "group.\n"
     "For quick mode, check the PFS group in `Get-NetIPsecQuickModeCryptoSet` and enable or "
     "disable PFS identically on both sides.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and compare the KE length with the "
     "group, for example 256 bytes for the 2048-bit group 14."sv,
     {errc::ike_dh_fail, errc::ike_dh_failure, errc::ike_invalid_group,
      errc::ike_process_err_nonce}},
    // 13834
    {errc::ike_process_err_id,
     "The Identification (ID) payload could not be processed. In main mode it carries the peer's "
     "identity, such as an IP address, FQDN or certificate subject; in quick mode it carries the "
     "traffic selectors (addresses, protocol, port) the IPsec SA will protect."sv,
     "An ID type or encoding Windows does not accept, such as an oddly encoded distinguished "
     "name.\n"
     "Quick mode selectors that Windows cannot match, often from a non-Windows gateway in tunnel "
     "mode.\n"
     "A malformed ID payload from a peer bug or a damaged packet."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and decode the peer's ID payloads: "
     "type, protocol, port and value.\n"
     "Make the peer send its IP address or certificate subject as its ID.\n"
     "For tunnel mode, make the peer's subnets match the endpoints shown by `netsh advfirewall "
     "consec show rule name=all` exactly.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_unsupported_id, errc::ike_no_policy, errc::ike_auth_fail,
      errc::ike_process_err_cert}},
    // 13835
    {errc::ike_process_err_cert,
     "The Certificate (CERT) payload from the peer could not be processed. It carries the peer's "
     "certificate, and sometimes its chain, tagged with an encoding type; IKEv1 main mode and "
     "IKEv2 use it for certificate authentication."sv,
     "The peer uses a certificate encoding other than a plain X.509 signature certificate.\n"
     "A certificate that cannot be decoded, for example a malformed or non-DER certificate.\n"
     "A long certificate chain pushes the message past the path MTU and its IP fragments are "
     "damaged on the way.\n"
     "A middlebox that alters IKE packets."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and check whether the "
     "certificate-carrying message is fragmented and every fragment arrives.\n"
     "Allow IP fragments of UDP 500/4500 on firewalls and NAT devices, or make the peer send a "
     "shorter chain.\n"
     "Configure the peer to send an X.509 certificate (encoding 4, X.509 signature).\n"
     "Export the peer certificate and check it with `certutil -verify -urlfetch`."sv,
     {errc::ike_process_err_cert_req, errc::ike_no_peer_cert, errc::ike_invalid_cert_type,
      errc::ike_process_err_sig, errc::ike_timed_out}},
    // 13836
    {errc::ike_process_err_cert_req,
     "The Certificate Request (CR) payload from the peer could not be processed. A CR asks for the "
     "other side's certificate and names the certificate type and, optionally, a certification "
     "authority (CA) the sender trusts."sv,
     "The peer names CAs in an encoding Windows cannot parse, or asks for a certificate type "
     "Windows does not support.\n"
     "A very long list of CA names that inflates the message until it is fragmented and damaged on "
     "the path.\n"
     "A malformed payload from a peer bug or corruption."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and read each CR: certificate type and "
     "CA distinguished name.\n"
     "Configure the peer to request X.509 signature certificates and to name only the CA that "
     "issued the Windows certificate.\n"
     "Compare that CA with the one in the Windows certificate proposal "
     "(`Get-NetIPsecPhase1AuthSet`).\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_cert, errc::ike_no_cert, errc::ike_cert_chain_policy_mismatch,
      errc::ike_invalid_cert_type}},
    // 13837
    {errc::ike_process_err_hash,
     "Windows could not process the peer's Hash payload, an IKEv1 payload. It carries a keyed "
     "digest: in main mode it authenticates peers that use pre-shared keys, and in quick mode and "
     "informational messages it protects the message."sv,
     "Different pre-shared keys, so the encrypted message decrypts to garbage and the hash cannot "
     "be read.\n"
     "A hash length that does not match the negotiated hash algorithm, from a peer bug.\n"
     "A Hash payload missing or out of place; RFC 2409 puts it first in quick mode and "
     "informational messages.\n"
     "Corruption of the packet on the path."sv,
     "If a pre-shared key is used, enter it again on both sides and check both use the same "
     "authentication method (`Get-NetIPsecPhase1AuthSet`).\n"
     "Compare the main mode hash algorithm with the peer's (`Get-NetIPsecMainModeCryptoSet`).\n"
     "Capture the exchange on UDP 500 and 4500 at both ends to see which message fails.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_invalid_hash, errc::ike_invalid_hash_size, errc::ike_invalid_hash_alg,
      errc::ike_decrypt, errc::ike_auth_fail}},
    // 13838
    {errc::ike_process_err_sig,
     "The Signature (SIG) payload from the peer could not be processed. In IKEv1 main mode with "
     "certificate authentication it carries the peer's signature, made with its certificate's "
     "private key; IKEv2 uses the AUTH payload instead."sv,
     "The peer signs with a key type the Windows proposal does not expect, such as ECDSA where RSA "
     "is configured.\n"
     "A truncated or damaged payload, for example after a lost fragment of a large main mode "
     "message.\n"
     "A peer bug in how the signature is encoded."sv,
     "Compare the signing algorithm of the certificate proposal (RSA, ECDSA-256, ECDSA-384) in "
     "`Get-NetIPsecPhase1AuthSet` with the peer certificate's key.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and check that the signed message "
     "arrives whole.\n"
     "Verify the peer certificate and its chain with `certutil -verify -urlfetch`.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_invalid_signature, errc::ike_process_err_cert, errc::ike_no_public_key,
      errc::ike_auth_fail}},
    // 13839
    {errc::ike_process_err_nonce,
     "The Nonce payload from the peer could not be processed. A nonce is a random value each side "
     "adds to the key derivation and to replay protection; RFC 2409 bounds the payload at 8 to 256 "
     "bytes, and IKEv2 requires 16 to 256 bytes of nonce data."sv,
     "A nonce outside the allowed size, from a non-compliant peer.\n"
     "A nonce missing where Windows expects one, such as in a quick mode message.\n"
     "Truncation or corruption on the path."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and check the nonce length in each "
     "message against the limits.\n"
     "Update the peer's IKE software or firmware if it sends nonces of the wrong size.\n"
     "Check devices on the path that inspect or rewrite UDP 500/4500 traffic."sv,
     {errc::ike_process_err_ke, errc::ike_invalid_payload, errc::ike_general_processing_error}},
    // 13840
    {errc::ike_process_err_notify,
     "A Notify payload from the peer could not be processed. Notify payloads carry error and "
     "status messages between peers, such as NO-PROPOSAL-CHOSEN, INVALID-ID-INFORMATION or "
     "RESPONDER-LIFETIME in IKEv1, and NAT detection or capability flags in IKEv2."sv,
     "A notify type, SPI size or data layout Windows does not accept, often a vendor-specific "
     "status message.\n"
     "A notify in an informational message that Windows cannot decrypt or verify, for example "
     "after a rekey or with mismatched keys.\n"
     "Wrong lengths from a peer bug or a damaged packet."sv,
     "Read the peer's log for the notification it sent; it usually states the peer's real "
     "complaint.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and decode the notify type and data.\n"
     "Turn off the vendor feature on the peer that produces the notification, or update its IKE "
     "software."sv,
     {errc::ike_process_err, errc::ike_process_err_delete,
      errc::ike_invalid_responder_lifetime_notify, errc::ike_decrypt}},
    // 13841
    {errc::ike_process_err_delete,
     "A Delete payload from the peer could not be processed. A Delete tells the other side which "
     "SAs the sender has removed, by protocol and SPI; if Windows misses it, it may keep using an "
     "SA the peer no longer has."sv,
     "An SPI size or SPI count that does not fit the protocol named in the payload.\n"
     "The informational message is protected with keys Windows no longer holds, for example after "
     "the main mode SA expired or was rekeyed.\n"
     "A malformed payload from a peer bug or corruption."sv,
     "Pipe stale SAs from `Get-NetIPsecQuickModeSA` or `Get-NetIPsecMainModeSA` to "
     "`Remove-NetIPsecQuickModeSA` or `Remove-NetIPsecMainModeSA` to force a fresh negotiation.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and check the Delete's protocol ID, "
     "SPI size and SPIs.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_notify, errc::ike_sa_deleted, errc::ike_mm_expired, errc::bad_spi}},
    // 13842
    {errc::ike_process_err_vendor,
     "A Vendor ID payload from the peer could not be processed. Vendor IDs are opaque values, "
     "usually hashes, that advertise extensions such as NAT traversal or vendor features; peers "
     "use them, for example, to agree on the draft or the RFC 3947 form of NAT-T."sv,
     "A malformed or oddly sized Vendor ID from the peer.\n"
     "Vendor IDs that advertise conflicting NAT-T revisions or features.\n"
     "Corruption of the first main mode messages on the path."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and list the Vendor ID payloads in the "
     "first main mode message from each side.\n"
     "Turn off optional proprietary extensions on the peer and retry.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_natoa, errc::ike_invalid_payload,
      errc::ike_critical_payload_not_recognized}},
    // 13843
    {errc::ike_invalid_payload,
     "A received IKE message contained a payload Windows considers invalid: an unknown or "
     "unexpected type, a payload in the wrong place for the exchange, or lengths that do not add "
     "up. The whole message was rejected."sv,
     "A third-party peer sending payloads Windows does not expect at that step.\n"
     "Payload lengths that disagree with the message length, from truncation, lost fragments or a "
     "peer bug.\n"
     "Decryption with the wrong key, for example mismatched pre-shared keys, which turns the "
     "encrypted payloads into garbage.\n"
     "NAT-T payload numbers from the draft revision mixed with those of RFC 3947."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and follow the Next Payload chain of "
     "the rejected message.\n"
     "If the message is encrypted and a pre-shared key is used, enter the key again on both "
     "sides.\n"
     "Check the path for fragmentation drops or devices that modify IKE packets.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_invalid_header, errc::ike_critical_payload_not_recognized, errc::ike_decrypt,
      errc::ike_general_processing_error}},
    // 13844
    {errc::ike_load_soft_sa,
     "Informational, not a failure: IKE got no answer from the peer and, because policy allows "
     "falling back to clear, installed a soft SA. Traffic to that peer now flows without IPsec "
     "protection, which is how rules that request rather than require security behave."sv,
     "The peer has no IPsec policy or its IKE service is not running, so it never replied.\n"
     "IKE packets (UDP 500, or UDP 4500 behind NAT) are blocked on the path, so an IPsec-capable "
     "peer looks silent.\n"
     "The local rule requests security inbound or outbound instead of requiring it, which permits "
     "the fallback."sv,
     "Decide whether clear traffic to this peer is acceptable; if not, make the rule require "
     "security (`Get-NetIPsecRule` shows InboundSecurity and OutboundSecurity).\n"
     "If the peer should speak IPsec, check its IKEEXT service and policy and test UDP 500/4500 "
     "between the hosts.\n"
     "After fixing the peer, confirm with `Get-NetIPsecMainModeSA` that a real main mode SA to it "
     "exists."sv,
     {errc::ike_soft_sa_torn_down, errc::ike_drop_no_response, errc::ike_timed_out}},
    // 13845
    {errc::ike_soft_sa_torn_down,
     "Informational, not a failure: a soft SA, the clear-text fallback to a peer that did not "
     "answer IKE, was removed. The next packet to the peer starts a new IKE attempt, which ends "
     "either in a protected SA or in a fresh soft SA."sv,
     "The soft SA went idle or reached its lifetime.\n"
     "The peer began answering IKE and a protected SA replaced the fallback.\n"
     "A policy change or an IKE restart cleared all SAs, soft ones included."sv,
     "No action is needed if traffic continues normally.\n"
     "If traffic to the peer should be protected, run `Get-NetIPsecMainModeSA` and "
     "`Get-NetIPsecQuickModeSA` after the next connection to see whether real SAs were built.\n"
     "If soft SAs keep coming back for a peer that does run IPsec, test UDP 500/4500 reachability "
     "between the two hosts."sv,
     {errc::ike_load_soft_sa, errc::ike_policy_change}},
    // 13846
    {errc::ike_invalid_cookie,
     "A received IKE message carried cookies (the initiator and responder SPIs in the header) that "
     "match no negotiation or SA Windows knows, so it was discarded. A few are normal after an SA "
     "was deleted or a side restarted."sv,
     "The peer still uses an IKE SA that Windows deleted, for example after IKEEXT restarted, the "
     "computer rebooted or the SA expired.\n"
     "Late retransmissions that arrive after the negotiation ended.\n"
     "Cookies altered by a peer bug or a middlebox.\n"
     "Stray or spoofed packets sent to UDP 500 or 4500."sv,
     "Check `netsh advfirewall monitor show mmsa` or `Get-NetIPsecMainModeSA` for a current SA to "
     "that peer.\n"
     "If it persists, clear the SA on the peer so that both sides start a new main mode.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and compare the rejected cookies with "
     "those of the last good exchange."sv,
     {errc::ike_sa_deleted, errc::ike_mm_expired, errc::ike_peer_mm_assumed_invalid,
      errc::ike_unexpected_message_id, errc::ike_dos_cookie_sent}},
    // 13847
    {errc::ike_no_peer_cert,
     "The peer did not send a valid computer certificate during main mode, so certificate "
     "authentication of the peer cannot succeed. Look at the peer first; a Windows peer may log "
     "13806 for the same attempt."sv,
     "The peer has no certificate chaining to a CA named in this computer's authentication "
     "method.\n"
     "The peer's certificate is expired, has no private key, or fails its own checks.\n"
     "The peer is configured for another method, such as a pre-shared key or Kerberos.\n"
     "A third-party peer is set not to send certificates."sv,
     "On the peer, look in `certlm.msc` under Local Computer > Personal for a valid certificate "
     "from the CA this computer requires.\n"
     "Compare the CA names in the proposals of `Get-NetIPsecPhase1AuthSet` on both sides; each "
     "side must accept a CA the other can present.\n"
     "Enable failure auditing with `auditpol /set /subcategory:\"IPsec Main Mode\" "
     "/failure:enable` and read event 4652 or 4653 in the Security log for the failure point and "
     "reason."sv,
     {errc::ike_no_cert, errc::ike_cert_chain_policy_mismatch, errc::ike_process_err_cert,
      errc::ike_process_err_cert_req, errc::ike_auth_fail}},
    // 13848
    {errc::ike_peer_crl_failed,
     "Revocation checking of the peer's certificate failed: that certificate or a CA above it is "
     "revoked, or its CRL could not be obtained while policy requires a successful check. Main "
     "mode authentication of the peer fails."sv,
     "The peer's certificate, or an intermediate CA certificate in its chain, is revoked.\n"
     "This computer cannot reach the CRL distribution points in the peer's certificate, for "
     "example internal URLs while the peer is remote.\n"
     "The published CRL has expired.\n"
     "CertValidationLevel is RequireCrlCheck on this computer, so a download failure counts as a "
     "failure."sv,
     "Export the peer's certificate and run `certutil -verify -urlfetch <file>` on this "
     "computer.\n"
     "Check that each CDP URL in the certificate is reachable from here, and that reaching it does "
     "not depend on the IPsec connection being negotiated.\n"
     "Compare CertValidationLevel in `Get-NetFirewallSetting -PolicyStore ActiveStore` on both "
     "computers.\n"
     "Replace a revoked certificate on the peer, or publish a fresh CRL from the CA."sv,
     {errc::ike_crl_failed, errc::ike_auth_fail, errc::ike_no_peer_cert,
      errc::ike_cert_chain_policy_mismatch}},
    // 13849
    {errc::ike_policy_change,
     "IKE removed SAs because the IPsec policy changed and they had been negotiated under the old "
     "rules. Not a failure: it is expected after a policy update, and the next packet triggers a "
     "negotiation under the new policy."sv,
     "A Group Policy refresh delivered changed connection security rules, crypto sets or "
     "authentication sets.\n"
     "An administrator or a program added, edited or removed an IPsec rule or set locally.\n"
     "A network profile change activated a different set of rules."sv,
     "If connectivity comes back after a moment, nothing needs fixing; this is the normal effect "
     "of a policy update.\n"
     "If the code repeats, find what keeps changing policy: audit the Other Policy Change Events "
     "subcategory (`auditpol /set /subcategory:\"Other Policy Change Events\" /success:enable`) "
     "and read event 5447, written for each WFP filter change, in the Security log.\n"
     "Compare `Get-NetIPsecRule -PolicyStore ActiveStore` output before and after the event to see "
     "what changed.\n"
     "For a program, retry the operation; new SAs are negotiated on demand."sv,
     {errc::ike_sa_reaped, errc::ike_invalid_mm_for_qm, errc::ike_rpc_delete,
      errc::ike_getspifail}},
    // 13850
    {errc::ike_no_mm_policy,
     "IKE has no main mode policy it can use for phase 1 with this peer. Without one no main mode "
     "SA, and so no quick mode SA, can be built; it is a configuration failure."sv,
     "The main mode settings (global defaults or main mode rules) that should cover this peer are "
     "missing, empty or were removed.\n"
     "A main mode rule refers to a crypto set or phase 1 authentication set that no longer "
     "exists.\n"
     "Policy is still being applied, for example just after a Group Policy refresh or a service "
     "start.\n"
     "A program that writes IPsec policy through WFP added quick mode policy without the matching "
     "main mode policy."sv,
     "List main mode rules with `Get-NetIPsecMainModeRule -PolicyStore ActiveStore` or `netsh "
     "advfirewall mainmode show rule name=all`.\n"
     "Check the sets they use with `Get-NetIPsecMainModeCryptoSet -PolicyStore ActiveStore` and "
     "`Get-NetIPsecPhase1AuthSet -PolicyStore ActiveStore`.\n"
     "Run `Show-NetIPsecRule -PolicyStore ActiveStore` to see each rule with its linked sets.\n"
     "Refresh policy with `gpupdate /force` and retry."sv,
     {errc::ike_no_policy, errc::ike_invalid_policy, errc::mm_policy_not_found,
      errc::default_mm_policy_not_found}},
    // 13851
    {errc::ike_notcbpriv,
     "The IKE keying service could not enable the Act as part of the operating system privilege "
     "(SeTcbPrivilege) in its own token. It is a local service problem, not a negotiation failure, "
     "and IKE cannot work normally until it is fixed."sv,
     "The service account or the required-privileges list of the IKEEXT service was changed from "
     "the Windows default.\n"
     "A hardening policy or tool altered the service configuration.\n"
     "System files or the service registration are damaged."sv,
     "Compare `sc qc IKEEXT` and `sc qprivs IKEEXT` with a healthy computer running the same "
     "Windows version, and undo any difference.\n"
     "Check the System log for Service Control Manager errors about IKEEXT, then restart it with "
     "`Restart-Service IKEEXT`; expect IPsec connections to renegotiate.\n"
     "If the configuration matches and the error persists, run `sfc /scannow`."sv,
     {errc::ike_secloadfail, errc::ike_failsspinit, errc::ike_srvacqfail}},
    // 13852
    {errc::ike_secloadfail,
     "The IKE keying service could not load SECURITY.DLL, the library through which it reaches the "
     "Security Support Provider Interface (SSPI). Kerberos and other SSPI-based authentication in "
     "IKE cannot start; this is a local fault, not a negotiation failure."sv,
     "The system file is missing or damaged.\n"
     "An interrupted or partial update left system files inconsistent."sv,
     "Run `sfc /scannow`, then `DISM /Online /Cleanup-Image /RestoreHealth` if SFC cannot repair "
     "everything.\n"
     "Restart the IKEEXT service or the computer and check whether the error returns.\n"
     "Look in the System and Application logs at the same time for other failures to load system "
     "files."sv,
     {errc::ike_failsspinit, errc::ike_failqueryssp, errc::ike_notcbpriv,
      errc::ike_kerberos_error}},
    // 13853
    {errc::ike_failsspinit,
     "IKE loaded the SSPI library but could not obtain its table of security functions, so "
     "SSPI-based authentication such as Kerberos cannot be used. It is a local failure of the "
     "keying service, not of the peer."sv,
     "SSPI system files are damaged or mismatched after a partial update.\n"
     "Third-party authentication software that installs its own security package interferes with "
     "SSPI initialization."sv,
     "Run `sfc /scannow` and `DISM /Online /Cleanup-Image /RestoreHealth`, then restart the "
     "computer.\n"
     "If third-party security packages were installed recently, update or remove them and test "
     "again.\n"
     "Until it is fixed, use certificate authentication in the phase 1 authentication set, which "
     "does not depend on Kerberos."sv,
     {errc::ike_secloadfail, errc::ike_failqueryssp, errc::ike_kerberos_error}},
    // 13854
    {errc::ike_failqueryssp,
     "IKE asked SSPI for the maximum token size of the Kerberos package and the query failed, so "
     "Kerberos authentication in IKE cannot be prepared. It points to the Kerberos security "
     "package on this computer, not to the peer."sv,
     "The Kerberos package is unavailable to the service because system files are damaged.\n"
     "Third-party security packages changed how security packages are loaded."sv,
     "Check whether other Kerberos users work on this computer, for example with `klist` and by "
     "opening a domain file share.\n"
     "Run `sfc /scannow`, then restart the computer so LSA and IKEEXT start fresh.\n"
     "Until it is fixed, switch the phase 1 authentication set to certificate authentication."sv,
     {errc::ike_kerberos_error, errc::ike_failsspinit, errc::ike_secloadfail,
      errc::ike_srvacqfail}},
    // 13855
    {errc::ike_srvacqfail,
     "IKE could not obtain Kerberos server credentials for itself, so it cannot accept Kerberos "
     "authentication from peers. On a workgroup computer this is expected and harmless as long as "
     "no rule uses Kerberos."sv,
     "The computer is in a workgroup, not a domain.\n"
     "The computer is domain-joined but its computer account or secure channel is broken.\n"
     "No domain controller was reachable when the service started, for example at boot on a remote "
     "network."sv,
     "On workgroup computers, make sure no rule offers Kerberos in `Get-NetIPsecPhase1AuthSet` or "
     "`Get-NetIPsecPhase2AuthSet`; use certificates or pre-shared keys instead.\n"
     "On domain members, run `Test-ComputerSecureChannel -Verbose` and repair with "
     "`Test-ComputerSecureChannel -Repair` if it fails.\n"
     "If the error persists once a domain controller is reachable, restart the service with "
     "`Restart-Service IKEEXT`."sv,
     {errc::ike_kerberos_error, errc::ike_srvquerycred, errc::ike_failqueryssp}},
    // 13856
    {errc::ike_srvquerycred,
     "After acquiring its Kerberos credentials, IKE could not read its own principal name from "
     "them (QueryCredentialsAttributes failed). Kerberos authentication in IKE will not work until "
     "this is fixed; the cause is local."sv,
     "The computer account or domain membership is inconsistent, for example after a rename or a "
     "rejoin not yet completed by a restart.\n"
     "The secure channel with the domain is broken.\n"
     "System security components are damaged."sv,
     "Run `Test-ComputerSecureChannel -Verbose` and check the computer's own tickets with `klist "
     "-li 0x3e7`.\n"
     "Restart the computer after a rename or rejoin so the new account is used everywhere.\n"
     "If it persists, run `sfc /scannow` and restart IKEEXT."sv,
     {errc::ike_srvacqfail, errc::ike_kerberos_error, errc::ike_failqueryssp}},
    // 13857
    {errc::ike_getspifail,
     "During quick mode, IKE asked the IPsec driver for an SPI for the new inbound SA and the "
     "driver refused. Windows names the usual reason: the driver holds no filter matching the "
     "negotiated traffic, so the policy IKE used and the filters in the driver disagree."sv,
     "The filters in the driver do not match the quick mode policy, for example after a policy "
     "change that was only partly applied.\n"
     "The rule was removed or altered while the negotiation was running.\n"
     "Third-party software that adds its own WFP filters changed the filter set."sv,
     "Dump the filters with `netsh wfp show filters` and check that one exists for the negotiated "
     "addresses, ports and protocol.\n"
     "Review the rules with `Get-NetIPsecRule -PolicyStore ActiveStore` or `netsh advfirewall "
     "consec show rule name=all`.\n"
     "Reapply policy (`gpupdate /force` for domain policy) and retry the connection.\n"
     "If it persists, restart the IKEEXT service; this drops all existing SAs, which are then "
     "renegotiated."sv,
     {errc::ike_invalid_filter, errc::ike_add_update_key_failed, errc::ike_policy_change,
      errc::ike_too_many_filters}},
    // 13858
    {errc::ike_invalid_filter,
     "IKE was given a filter it considers invalid, so it cannot use it to select or negotiate "
     "traffic. This is a policy problem, a malformed or contradictory filter, not a problem on the "
     "wire."sv,
     "A connection security rule, or a filter added by a program, combines conditions that IKE "
     "does not accept.\n"
     "A third-party program that manages IPsec through the WFP API built the filter incorrectly.\n"
     "Policy was only partly applied or was damaged during the update."sv,
     "Dump the filters with `netsh wfp show filters` and inspect the IPsec and IKEEXT filters for "
     "the affected addresses.\n"
     "Check the rules with `Get-NetIPsecRule -PolicyStore ActiveStore` and recreate any rule whose "
     "endpoints, ports or mode look wrong.\n"
     "If your program adds the filter, fix the conditions it passes; resubmitting the same filter "
     "will fail again."sv,
     {errc::ike_getspifail, errc::ike_too_many_filters, errc::ike_invalid_policy,
      errc::ike_no_policy}},
    // 13859
    {errc::ike_out_of_memory,
     "The IKE service (IKEEXT) failed to allocate memory and abandoned the operation. It is a "
     "resource failure on the local computer, not a policy or peer mismatch."sv,
     "The computer is short of memory overall.\n"
     "A very large number of SAs or negotiations, legitimate or from a flood of IKE requests, used "
     "up IKE's resources.\n"
     "A leak in IKEEXT or in software hooked into it has grown over time."sv,
     "Check memory use and how many SAs exist (`Get-NetIPsecMainModeSA`, "
     "`Get-NetIPsecQuickModeSA`); an abnormally high count points to a flood or a leak.\n"
     "Look for many peers negotiating at once with `netsh wfp show netevents` or the IPsec audit "
     "events.\n"
     "Restart IKEEXT in a quiet period (`Restart-Service IKEEXT`); all SAs are renegotiated "
     "afterwards.\n"
     "For a program, retry later with back-off."sv,
     {errc::ike_too_many_filters, errc::ike_mm_limit, errc::ike_dos_cookie_sent,
      errc::ike_add_update_key_failed}},
    // 13860
    {errc::ike_add_update_key_failed,
     "Quick mode completed, but the IPsec driver would not accept the resulting SA, so no "
     "protected traffic can use it. Windows names slow negotiation as the most common cause, "
     "typically on a heavily loaded computer."sv,
     "The negotiation took too long, often because this host or the peer is heavily loaded.\n"
     "The filter or policy behind the SA was changed or removed while the negotiation ran.\n"
     "The driver is short of resources."sv,
     "Check CPU and memory load on this host and on the peer at the time of the error, and reduce "
     "it if you can.\n"
     "Compare the time of the failure with policy changes, seen as event 5447 once the Other Policy "
     "Change Events subcategory is audited, and with `netsh wfp show filters` output.\n"
     "Retry the connection; a single failure under load usually succeeds on the next attempt.\n"
     "If it recurs with one peer, look for slow authentication, such as revocation checks waiting "
     "on unreachable CRL locations (`certutil -verify -urlfetch`)."sv,
     {errc::ike_qm_delay_drop, errc::ike_getspifail, errc::ike_policy_change,
      errc::ike_out_of_memory}},
    // 13861
    {errc::ike_invalid_policy,
     "IKE received a policy that it cannot use because it is malformed or inconsistent. "
     "Negotiations that depend on it fail until the policy is corrected; it is a configuration "
     "failure."sv,
     "A rule refers to a crypto set or authentication set that is missing or was deleted.\n"
     "The policy combines settings that IKE does not accept together.\n"
     "A Group Policy object written for a newer Windows version holds settings this version does "
     "not understand.\n"
     "A VPN client or security product that manages IPsec through WFP installed a faulty policy."sv,
     "Run `Show-NetIPsecRule -PolicyStore ActiveStore` and check every rule's linked sets.\n"
     "Look at the Status and PrimaryStatus fields in `Get-NetIPsecRule -PolicyStore ActiveStore` "
     "output for rules that failed to parse.\n"
     "Recreate the faulty rule or set, or remove the product that installed it, then run `gpupdate "
     "/force`.\n"
     "Dump the installed policy with `netsh wfp show state` to see which provider added it."sv,
     {errc::ike_no_policy, errc::ike_no_mm_policy, errc::ike_policy_match, errc::mm_policy_pruned,
      errc::qm_policy_pruned}},
    // 13862
    {errc::ike_unknown_doi,
     "An SA, Notify or Delete payload named a Domain of Interpretation (DOI) Windows does not "
     "support. The DOI tells ISAKMP how to read the payload; IPsec uses DOI 1 (RFC 2407)."sv,
     "The peer is set up for another DOI, such as GDOI (2) for group keying, and sends it to "
     "Windows.\n"
     "An encoding bug in the peer's payloads.\n"
     "A damaged packet, or an encrypted payload decrypted with the wrong key."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and read the DOI field of the rejected "
     "payload.\n"
     "Configure the peer for standard IKE with the IPsec DOI toward Windows.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_invalid_situation, errc::ike_process_err_sa, errc::ike_invalid_payload}},
    // 13863
    {errc::ike_invalid_situation,
     "The Situation field of the peer's SA payload held a value Windows does not accept. Under the "
     "IPsec DOI the usual value is SIT_IDENTITY_ONLY (1); RFC 2407 also defines SIT_SECRECY (2) "
     "and SIT_INTEGRITY (4) for labelled security."sv,
     "The peer asks for labelled-security situations such as SIT_SECRECY or SIT_INTEGRITY.\n"
     "An encoding bug in the peer's SA payload.\n"
     "A damaged packet on the path."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and read the Situation field of the "
     "peer's SA payload.\n"
     "Turn off security-label options on the peer so that it offers SIT_IDENTITY_ONLY.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_unknown_doi, errc::ike_process_err_sa, errc::ike_invalid_payload}},
    // 13864
    {errc::ike_dh_failure,
     "The Diffie-Hellman key exchange of an IKE negotiation failed. The message is more general "
     "than 13822 (the computation failed) and 13865 (the group is invalid); it concerns main mode "
     "or the PFS exchange of quick mode, and no SA is built."sv,
     "The peers are configured with different Diffie-Hellman groups for main mode or for PFS.\n"
     "The key exchange payload from the peer is missing, damaged or has the wrong length.\n"
     "A local cryptographic provider problem stopped the exchange."sv,
     "Compare the key exchange group in `Get-NetIPsecMainModeCryptoSet -PolicyStore ActiveStore` "
     "and the PFS group in `Get-NetIPsecQuickModeCryptoSet -PolicyStore ActiveStore` with the "
     "peer.\n"
     "For an IKEv2 VPN, compare `Get-VpnConnection -Name <name> | Select-Object -ExpandProperty "
     "IPsecCustomPolicy` with the gateway's DH and PFS groups.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Main Mode\" /failure:enable` and "
     "read events 4652 and 4653.\n"
     "If the settings match and it still fails, capture a repro with `netsh wfp capture start` and "
     "`netsh wfp capture stop`."sv,
     {errc::ike_dh_fail, errc::ike_invalid_group, errc::ike_process_err_ke, errc::ike_attrib_fail}},
    // 13865
    {errc::ike_invalid_group,
     "The Diffie-Hellman group proposed or received is not valid for this negotiation. A peer "
     "offered a group the other side does not support or allow, or the key exchange data does not "
     "fit the group agreed; the negotiation fails."sv,
     "The main mode key exchange groups on the two peers differ, for example DH2 on one side and "
     "DH14 or ECDH on the other.\n"
     "The quick mode PFS group differs between the peers, or PFS is on at only one end.\n"
     "The peer insists on a group Windows does not offer; the Windows IKE API knows groups 1, 2, "
     "14 and 24 and the ECP 256 and ECP 384 groups."sv,
     "Compare the KeyExchange values in `Get-NetIPsecMainModeCryptoSet -PolicyStore ActiveStore` "
     "and the PerfectForwardSecrecyGroup in `Get-NetIPsecQuickModeCryptoSet` with the peer.\n"
     "For an IKEv2 VPN, align `-DHGroup` and `-PfsGroup` of `Set-VpnConnectionIPsecConfiguration` "
     "with the gateway; on an RRAS gateway read its IPsec settings with "
     "`Get-VpnServerConfiguration` and change them with `Set-VpnServerConfiguration "
     "-CustomPolicy`.\n"
     "Prefer a group both sides support, such as DH14, ECP256 or ECP384, and retry."sv,
     {errc::ike_dh_failure, errc::ike_dh_fail, errc::ike_attrib_fail, errc::ike_policy_match}},
    // 13866
    {errc::ike_encrypt,
     "IKE failed to encrypt an outgoing message. This is a local failure on the Windows side, "
     "after keys were derived, while protecting a main mode, quick mode or informational message."sv,
     "The negotiated cipher or key length could not be used by the local cryptographic provider.\n"
     "Keying state that changed under the message, such as an SA deleted or rekeyed while it was "
     "being built.\n"
     "A local resource problem or a fault inside IKEEXT."sv,
     "Look in the System and Application logs for IKEEXT or cryptography errors at the same "
     "time.\n"
     "Review `Get-NetIPsecMainModeCryptoSet` and prefer a common suite such as AES with SHA-256.\n"
     "If it repeats, restart IKEEXT in a quiet period (`Restart-Service IKEEXT`); this drops every "
     "current IKE SA.\n"
     "For a program, retry the operation with back-off."sv,
     {errc::ike_decrypt, errc::ike_invalid_encrypt_alg, errc::ike_out_of_memory,
      errc::ike_general_processing_error}},
    // 13867
    {errc::ike_decrypt,
     "IKE could not decrypt an encrypted message from the peer. In IKEv1 the last main mode "
     "messages and all quick mode messages are encrypted with keys derived from the Diffie-Hellman "
     "exchange and, with pre-shared keys, from the key itself."sv,
     "Different pre-shared keys, so the two sides derive different encryption keys; the usual "
     "cause when pre-shared keys are used.\n"
     "A disagreement on cipher or key length, for example from an interoperability bug.\n"
     "Ciphertext damaged or truncated on the path, for example by broken fragments.\n"
     "Keys out of step after a rekey or a restart on one side."sv,
     "Enter the pre-shared key again on both sides, checking case, spaces and character "
     "encoding.\n"
     "Compare the cipher and key length in `Get-NetIPsecMainModeCryptoSet` with the peer's phase 1 "
     "settings.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and check that encrypted messages "
     "arrive whole.\n"
     "Clear the SAs on both sides (`Remove-NetIPsecMainModeSA` on Windows) and renegotiate."sv,
     {errc::ike_encrypt, errc::ike_invalid_hash, errc::ike_auth_fail, errc::ike_invalid_payload}},
    // 13868
    {errc::ike_policy_match,
     "The peers could not agree on a policy: nothing one side offered matched the other side's "
     "configuration. It is common with Windows IKEv2 VPNs whose IPsec settings differ from the "
     "gateway's, and also occurs with connection security rules."sv,
     "The IKEv2 VPN client's default or custom IPsec policy uses a cipher, integrity or DH group "
     "the gateway does not accept.\n"
     "The gateway was restricted to stronger algorithms while the clients kept older settings.\n"
     "PFS is required by one side only.\n"
     "The traffic or tunnel endpoints described by the two peers do not match."sv,
     "On the client, show the policy with `Get-VpnConnection -Name <name> | Select-Object "
     "-ExpandProperty IPsecCustomPolicy`; on an RRAS gateway use `Get-VpnServerConfiguration`.\n"
     "Make them match with `Set-VpnConnectionIPsecConfiguration` on the client or by changing the "
     "gateway, on RRAS with `Set-VpnServerConfiguration -CustomPolicy`.\n"
     "VPN clients also log this code in an Application-log event from source RasClient.\n"
     "For connection security rules, compare both peers' main mode and quick mode crypto sets "
     "(`-PolicyStore ActiveStore`) and rule endpoints."sv,
     {errc::ike_attrib_fail, errc::ike_no_policy, errc::ike_invalid_group,
      errc::ike_invalid_encrypt_alg, errc::ike_invalid_hash_alg}},
    // 13869
    {errc::ike_unsupported_id,
     "The peer sent an identity type that Windows does not support for this negotiation. IKEv1 ID "
     "types include IPv4 and IPv6 addresses, subnets and ranges, FQDN, user FQDN (e-mail), "
     "distinguished name and key ID."sv,
     "The peer is set to an ID type Windows does not accept here, often a vendor default such as a "
     "key ID or an e-mail style name.\n"
     "Quick mode selectors of a type or shape the matching Windows rule cannot express.\n"
     "A certificate whose subject does not provide the identity type the peer announces."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and read the ID type in the peer's ID "
     "payload.\n"
     "Configure the peer to identify itself by IP address, or by the certificate subject when "
     "certificates are used.\n"
     "Check that the certificate subject or subject alternative name holds the identity the peer "
     "announces."sv,
     {errc::ike_process_err_id, errc::ike_auth_fail, errc::ike_no_policy}},
    // 13870
    {errc::ike_invalid_hash,
     "The keyed hash in the peer's message did not match the value Windows computed, so the "
     "message was rejected. In IKEv1 main mode this hash authenticates peers that use pre-shared "
     "keys; in quick mode it protects each message."sv,
     "Different pre-shared keys on the two sides, the classic cause.\n"
     "The peers disagree on the hash algorithm or compute it over different data, an "
     "interoperability bug.\n"
     "The packet was altered on the path after it was sent."sv,
     "Enter the pre-shared key again on both sides and check that both use the same authentication "
     "method (`Get-NetIPsecPhase1AuthSet`).\n"
     "Compare the integrity algorithm in `Get-NetIPsecMainModeCryptoSet` with the peer's.\n"
     "Run `auditpol /set /subcategory:\"IPsec Main Mode\" /success:enable /failure:enable` "
     "(likewise for \"IPsec Quick Mode\"), then read Security events 4653/4654 (failed "
     "negotiation) and 4976/4977 (invalid packet).\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and, if possible, test without NAT or "
     "inspection devices in between."sv,
     {errc::ike_auth_fail, errc::ike_decrypt, errc::ike_process_err_hash,
      errc::ike_invalid_hash_size, errc::ike_invalid_signature}},
    // 13871
    {errc::ike_invalid_hash_alg,
     "IKE met a hash algorithm it does not accept. In IKE terms this is the main mode hash that "
     "protects and authenticates the IKE exchange; the peer proposed, or local policy holds, an "
     "algorithm this side does not support or allow."sv,
     "The peer proposes a hash that Windows does not implement.\n"
     "Older algorithms such as MD5 were removed from one side only.\n"
     "A script or program wrote a policy with an invalid hash value."sv,
     "Compare the Hash of each proposal in `Get-NetIPsecMainModeCryptoSet -PolicyStore "
     "ActiveStore` with the peer's phase 1 settings.\n"
     "Choose a hash both sides support, such as SHA256 or SHA384, and place it in a common "
     "proposal.\n"
     "For an IKEv2 VPN, align `-IntegrityCheckMethod` of `Set-VpnConnectionIPsecConfiguration` "
     "with the gateway.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Main Mode\" /failure:enable` and "
     "read events 4652 and 4653."sv,
     {errc::ike_invalid_encrypt_alg, errc::ike_invalid_auth_alg, errc::ike_attrib_fail,
      errc::mm_policy_pruned}},
    // 13872
    {errc::ike_invalid_hash_size,
     "A hash from the peer had a length that does not match the negotiated hash algorithm, for "
     "example not 20 bytes for SHA-1 or 32 bytes for SHA-256. The message was rejected before the "
     "hash was checked."sv,
     "The peer uses a different hash algorithm from the one negotiated, an interoperability bug.\n"
     "The two sides read the negotiated hash attribute differently.\n"
     "Truncation or corruption on the path."sv,
     "Pin both sides to one hash algorithm: compare `Get-NetIPsecMainModeCryptoSet` with the "
     "peer's phase 1 settings.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and measure the Hash payload length.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_invalid_hash, errc::ike_invalid_hash_alg, errc::ike_process_err_hash}},
    // 13873
    {errc::ike_invalid_encrypt_alg,
     "IKE met an encryption algorithm it does not accept. It can concern the main mode cipher that "
     "protects IKE itself or the quick mode cipher for ESP; the peer proposed, or policy holds, an "
     "algorithm this side does not support or allow."sv,
     "The peer proposes a cipher Windows does not implement or local policy excludes.\n"
     "DES or 3DES was removed on one side while the other still offers only those.\n"
     "AES-GCM was chosen for ESP encryption without AES-GCM integrity; Windows requires both to "
     "match.\n"
     "A script or program wrote a policy with an invalid encryption value."sv,
     "Compare the Encryption values in `Get-NetIPsecMainModeCryptoSet -PolicyStore ActiveStore` "
     "and `Get-NetIPsecQuickModeCryptoSet -PolicyStore ActiveStore` with the peer.\n"
     "Use a cipher both sides support, such as AES128 or AES256, in at least one common "
     "proposal.\n"
     "For an IKEv2 VPN, align `-EncryptionMethod` and `-CipherTransformConstants` of "
     "`Set-VpnConnectionIPsecConfiguration` with the gateway.\n"
     "Audit failures with `auditpol /set /subcategory:\"IPsec Quick Mode\" /failure:enable` and "
     "read event 4654."sv,
     {errc::ike_invalid_hash_alg, errc::ike_invalid_auth_alg, errc::ike_attrib_fail,
      errc::qm_policy_pruned}},
    // 13874
    {errc::ike_invalid_auth_alg,
     "IKE met an authentication algorithm it does not accept. In IKEv1 this is the ESP or AH "
     "integrity transform negotiated in quick mode (main mode calls its own the hash); the peer "
     "proposed, or policy holds, one this side does not allow."sv,
     "The peer proposes an ESP or AH integrity algorithm that Windows does not implement or that "
     "local policy excludes.\n"
     "AES-GCM is set for ESP integrity but not for encryption as well; Windows requires the same "
     "GCM choice for both.\n"
     "MD5 or SHA-1 was removed on one side only.\n"
     "A script or program wrote a policy with an invalid integrity value."sv,
     "Compare ESPHash and AHHash of the proposals in `Get-NetIPsecQuickModeCryptoSet -PolicyStore "
     "ActiveStore` with the peer's phase 2 settings.\n"
     "Pick an integrity algorithm both sides support, such as SHA256, in a common proposal.\n"
     "For an IKEv2 VPN, align `-AuthenticationTransformConstants` of "
     "`Set-VpnConnectionIPsecConfiguration` with the gateway.\n"
     "If the peer means the authentication method instead, compare `Get-NetIPsecPhase1AuthSet "
     "-PolicyStore ActiveStore`."sv,
     {errc::ike_invalid_hash_alg, errc::ike_invalid_encrypt_alg, errc::ike_attrib_fail,
      errc::ike_invalid_auth_payload}},
    // 13875
    {errc::ike_invalid_sig,
     "A certificate in the chain failed signature verification: the signature of its issuer does "
     "not match its contents or the issuer's key. IKE cannot trust it and main mode authentication "
     "fails."sv,
     "The certificate file is corrupt or was altered after issue.\n"
     "The installed issuing CA certificate is a different one with the same name, for example "
     "after the CA was renewed with a new key.\n"
     "The certificate is signed with an algorithm the validating computer does not accept."sv,
     "Run `certutil -verify -urlfetch <file>` on the validating computer; it reports which "
     "certificate in the chain fails.\n"
     "Compare the Authority Key Identifier of the certificate with the Subject Key Identifier of "
     "the CA certificates in `certlm.msc`, and install the matching CA certificate.\n"
     "Reissue the end certificate if it is damaged."sv,
     {errc::ike_invalid_signature, errc::ike_cert_chain_policy_mismatch, errc::ike_auth_fail,
      errc::ike_no_cert}},
    // 13876
    {errc::ike_load_failed,
     "IKE reports only that a load operation failed; Windows does not document what was being "
     "loaded. Treat it as an internal failure of the IKE service while preparing its policy or "
     "state."sv,
     "IKE may have failed to load policy or state it needs from the Base Filtering Engine.\n"
     "The BFE service is stopped or failing.\n"
     "The computer is short of resources."sv,
     "Check that both services run (`Get-Service BFE, IKEEXT`) and look in the System log for "
     "errors from either.\n"
     "Capture `netsh wfp show state` for later analysis.\n"
     "Restart IKEEXT and retry; if it keeps failing, look for other IKE codes logged at the same "
     "time, which are more specific."sv,
     {errc::ike_out_of_memory, errc::ike_shutting_down, errc::ike_invalid_filter}},
    // 13877
    {errc::ike_rpc_delete,
     "The SA was deleted on request through the management interface, by an administrator or a "
     "program. Not a failure of negotiation or of the peer: traffic that still needs protection "
     "triggers a new negotiation."sv,
     "Someone ran `Remove-NetIPsecMainModeSA`, `Remove-NetIPsecQuickModeSA` or `netsh advfirewall "
     "monitor delete mmsa`.\n"
     "A management or VPN program deleted SAs through the API, for example while reconfiguring.\n"
     "A script clears SAs to force reauthentication after a certificate or policy change."sv,
     "Find what deleted it: look for scripts, scheduled tasks or management agents that clear "
     "SAs.\n"
     "If the deletion was intended, check with `Get-NetIPsecMainModeSA` that new SAs form.\n"
     "For a program that got this code, the SA it relied on is gone; retry so that a new one is "
     "negotiated."sv,
     {errc::ike_policy_change, errc::ike_mm_expired, errc::ike_shutting_down}},
    // 13878
    {errc::ike_benign_reinit,
     "Not a failure, as the message itself says: IKE created a temporary state to reinitialize a "
     "negotiation, and this code records that step. It shows up in IKE logs and audit data, not as "
     "a reason for lost traffic."sv,
     "IKE restarted an exchange internally and logged the temporary state it used.\n"
     "The code was logged next to a real event, which carries the actual cause of any problem."sv,
     "Ignore it while traffic flows, and keep it out of alerting.\n"
     "If connectivity fails at the same time, look at the other codes logged for that peer, such "
     "as main mode failures (event 4653) or quick mode failures (event 4654)."sv,
     {errc::ike_simultaneous_rekey, errc::ike_policy_change}},
    // 13879
    {errc::ike_invalid_responder_lifetime_notify,
     "In an IKEv1 quick mode, the peer replied with a RESPONDER-LIFETIME notify that sets an SA "
     "lifetime below the minimum Windows accepts, so Windows rejected it. The fix belongs on the "
     "peer, typically a third-party gateway with a very short phase 2 lifetime."sv,
     "The peer's phase 2 (IPsec SA) lifetime, in seconds or kilobytes, is lower than Windows "
     "allows.\n"
     "The peer always cuts lifetimes down to its own value, whatever the initiator proposes."sv,
     "Raise the phase 2 lifetime on the peer to a value close to the Windows quick mode setting.\n"
     "Read the Windows values with `Get-NetIPsecQuickModeCryptoSet`; its proposals carry the "
     "lifetimes in minutes and kilobytes.\n"
     "After changing the peer, remove the stale SAs (`Remove-NetIPsecQuickModeSA`) and reconnect."sv,
     {errc::ike_attrib_fail, errc::ike_qm_expired, errc::ike_process_err_notify}},
    // 13880
    {errc::ike_invalid_major_version,
     "A message carried an IKE major version that the receiver cannot handle. IKEv1 messages carry "
     "major version 1 and IKEv2 messages major version 2; RFC 2408 and RFC 7296 define an "
     "invalid-major-version notification for the mismatch."sv,
     "A connection security rule whose keying module differs from the peer's IKE version.\n"
     "Before Windows 11 24H2 and Server 2025, a rule left at KeyModule Default uses IKEv1 and "
     "AuthIP only, which an IKEv2-only peer rejects.\n"
     "Non-IKE or damaged traffic on UDP 500 or 4500."sv,
     "Check which keying modules each rule allows (KeyModule in `Get-NetIPsecRule`) and compare "
     "with the peer's IKE version.\n"
     "Align both sides, for example `Set-NetIPsecRule -DisplayName <rule> -KeyModule IKEv2`, after "
     "checking that the rule's authentication methods work with that module.\n"
     "For a VPN connection, check its TunnelType with `Get-VpnConnection`.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and read the version byte: 0x10 for "
     "IKEv1, 0x20 for IKEv2."sv,
     {errc::ike_invalid_header, errc::ike_no_policy, errc::ike_timed_out}},
    // 13881
    {errc::ike_invalid_cert_keylen,
     "A certificate used in IKE authentication has a key shorter than the configured security "
     "requirements allow, so it is rejected and main mode authentication fails."sv,
     "The certificate has an RSA key below 1024 bits; Windows certificate chain validation has "
     "blocked such keys since update KB2661254 (2012).\n"
     "Local or peer policy demands a stronger key than the certificate has.\n"
     "An old template or test certificate with a small key is still being selected."sv,
     "In `certlm.msc`, read the Public key field on the Details tab, for example RSA (2048 "
     "Bits).\n"
     "Reissue the certificate with an RSA key of 2048 bits or more, or an ECDSA P-256 or P-384 key "
     "that matches the Signing value of the proposal.\n"
     "Check the peer's requirements too; a third-party gateway may enforce its own minimum."sv,
     {errc::ike_invalid_cert_type, errc::ike_auth_fail, errc::ike_no_cert,
      errc::ike_invalid_key_usage}},
    // 13882
    {errc::ike_mm_limit,
     "IKE refused to build another main mode SA because the number of established main mode SAs "
     "with this peer reached the limit. Normally a pair of computers shares one main mode SA, so "
     "many of them point to repeated renegotiation that is not being cleaned up."sv,
     "The peer keeps starting new main mode negotiations, for example because it loses its SAs on "
     "restart or rekeys badly.\n"
     "Several hosts share one address behind a NAT and look like a single peer to IKE.\n"
     "Old SAs linger because delete messages are lost on the path."sv,
     "Count the SAs per peer with `Get-NetIPsecMainModeSA | Group-Object RemoteEndpoint`.\n"
     "Remove the stale ones (`Remove-NetIPsecMainModeSA`) and watch whether the count grows "
     "again.\n"
     "Compare the main mode lifetime with the peer (`Get-NetIPsecMainModeCryptoSet` on a Windows "
     "peer) and check its logs for repeated negotiations.\n"
     "For a program, wait for existing SAs to expire or be deleted before retrying."sv,
     {errc::ike_qm_limit, errc::ike_mm_expired, errc::ike_peer_mm_assumed_invalid}},
    // 13883
    {errc::ike_negotiation_disabled,
     "IKE received a policy for this traffic that tells it not to negotiate, so it refused the "
     "request. It is a refusal by policy rather than a fault; Windows does not document which "
     "settings produce it, so treat it as a policy question."sv,
     "A rule or exemption, applied locally or by Group Policy, marks this traffic or peer as not "
     "to be negotiated by IKE.\n"
     "A VPN client or security product that manages IPsec through the WFP API installed policy "
     "that turns negotiation off.\n"
     "The policy changed while the negotiation was starting."sv,
     "Run `Show-NetIPsecRule -PolicyStore ActiveStore` and `netsh advfirewall consec show rule "
     "name=all` to see which rule covers the traffic.\n"
     "Run `netsh wfp show state` to see which provider installed the filters and policy for this "
     "traffic.\n"
     "Check the Group Policy result with `gpresult /h report.html` if the rule comes from a domain "
     "policy.\n"
     "Change or remove the rule that disables negotiation, then retry."sv,
     {errc::ike_no_policy, errc::ike_invalid_policy, errc::ike_policy_change}},
    // 13884
    {errc::ike_qm_limit,
     "Informational, not a failure: the main mode SA has produced as many quick mode SAs as its "
     "policy allows, so IKE starts a new main mode before negotiating more. This is the session "
     "limit of the main mode crypto set doing its job."sv,
     "The main mode crypto set has a MaxSessions value (the quick mode limit) and it was "
     "reached.\n"
     "The traffic pattern creates many short-lived quick mode SAs, so the limit is reached "
     "quickly."sv,
     "No action is needed while connections keep working.\n"
     "Check the current limit with `Get-NetIPsecMainModeCryptoSet` (MaxSessions; 0 means no "
     "limit).\n"
     "If frequent main mode renegotiation is costly, raise the limit or set it to 0 with "
     "`Set-NetIPsecMainModeCryptoSet -MaxSessions`."sv,
     {errc::ike_mm_limit, errc::ike_mm_expired, errc::ike_qm_expired}},
    // 13885
    {errc::ike_mm_expired,
     "A main mode SA ended, either because its lifetime ran out or because the peer sent a delete "
     "for it. Not a failure in itself: expiry is part of normal rekeying, and it matters only if "
     "traffic stops or the new negotiation fails."sv,
     "The main mode lifetime (MaxMinutes in the main mode crypto set) elapsed.\n"
     "The peer deleted the SA, for example after a restart, a policy change or the end of its own "
     "shorter lifetime.\n"
     "An administrator or a program cleared SAs on the peer."sv,
     "Compare main mode lifetimes on both sides (`Get-NetIPsecMainModeCryptoSet`); the side with "
     "the shorter value ends the SA first.\n"
     "Event 4655 in the IPsec Main Mode audit subcategory records the end of the SA; check that a "
     "new one follows (`Get-NetIPsecMainModeSA`, events 4650 or 4651).\n"
     "If traffic fails afterwards, troubleshoot the error of the new negotiation rather than this "
     "one.\n"
     "For a program, retry; the next packet starts a new main mode."sv,
     {errc::ike_qm_expired, errc::ike_peer_mm_assumed_invalid, errc::ike_qm_limit,
      errc::ike_rpc_delete}},
    // 13886
    {errc::ike_peer_mm_assumed_invalid,
     "IKE stopped using an existing main mode SA because the peer no longer answered on it, and "
     "treats the SA as dead. It is a recovery step rather than a final failure: the next traffic "
     "should start a fresh main mode negotiation."sv,
     "The peer restarted, or its IKE service did, and lost the SA state.\n"
     "A NAT mapping on the path expired, so packets on UDP 4500 no longer reach the peer.\n"
     "The peer went offline or changed address, for example a roaming client.\n"
     "The peer is overloaded and stopped answering in time."sv,
     "Check with `Get-NetIPsecMainModeSA` or `netsh advfirewall monitor show mmsa` whether a new "
     "main mode SA appears once traffic flows.\n"
     "If it keeps happening, check the peer's uptime and its IKE service, and the UDP idle "
     "time-out of NAT devices on the path.\n"
     "Remove a stale SA with `Remove-NetIPsecMainModeSA` to force a new negotiation.\n"
     "A program should retry with back-off."sv,
     {errc::ike_drop_no_response, errc::ike_timed_out, errc::ike_mm_expired, errc::ike_sa_reaped}},
    // 13887
    {errc::ike_cert_chain_policy_mismatch,
     "The certificate builds a valid chain, but the chain ends at a CA that the IPsec "
     "authentication method does not list. IKE rejects it in main mode even if Windows itself "
     "trusts that root."sv,
     "The authentication method names a different CA than the one that issued the certificate, "
     "common after moving to a new PKI.\n"
     "The proposal names an intermediate CA but its AuthorityType is Root, or the other way "
     "round.\n"
     "The CA name in policy does not exactly match the CA's distinguished name.\n"
     "The root certificate is missing from Trusted Root Certification Authorities of the "
     "validating computer."sv,
     "Expand the Proposal property of `Get-NetIPsecPhase1AuthSet` (or `Get-NetIPsecPhase2AuthSet`) "
     "on both computers and read Authority and AuthorityType.\n"
     "In `certlm.msc`, compare each CA's subject name on the Certification Path tab with the "
     "policy string.\n"
     "During a CA migration, add a proposal for the new CA on both sides first.\n"
     "Run `certutil -verify -urlfetch <file>` to confirm the chain itself is valid."sv,
     {errc::ike_no_cert, errc::ike_no_peer_cert, errc::ike_auth_fail, errc::ike_invalid_sig}},
    // 13888
    {errc::ike_unexpected_message_id,
     "A message carried a message ID that fits no current exchange, so it was dropped. In IKEv1 it "
     "is 0 in main mode and random per quick mode or informational exchange; in IKEv2 it is a "
     "counter that must match the next request or a pending response."sv,
     "Late or duplicate retransmissions; harmless if occasional.\n"
     "Message ID counters out of step (IKEv2), for example after a lost message, a rekey or a "
     "restart on one side.\n"
     "A peer implementation that reuses or misnumbers message IDs.\n"
     "Packets reordered or replayed on the path."sv,
     "If it persists while negotiations fail, remove the SAs for that peer on both sides "
     "(`Remove-NetIPsecMainModeSA` on Windows) so that counters start again.\n"
     "Capture the exchange on UDP 500 and 4500 at both ends and compare the message IDs of "
     "requests and responses.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_invalid_cookie, errc::ike_invalid_header, errc::ike_peer_mm_assumed_invalid,
      errc::ike_sa_deleted}},
    // 13889
    {errc::ike_invalid_auth_payload,
     "The authentication methods offered by the peer could not be used: the offer was malformed or "
     "contained nothing this computer accepts. It stops main mode or AuthIP extended mode."sv,
     "The authentication sets on the two computers share no method, for example certificates only "
     "on one and Kerberos only on the other.\n"
     "A method is offered that the keying module does not support, such as Kerberos, NTLM or a "
     "pre-shared key with IKEv2.\n"
     "The second authentication set asks for user or health credentials the peer cannot provide.\n"
     "A non-Windows or older peer builds its offers differently."sv,
     "Compare `Get-NetIPsecPhase1AuthSet` and `Get-NetIPsecPhase2AuthSet` on both computers and "
     "make sure at least one method matches.\n"
     "Check the KeyModule of each rule with `Get-NetIPsecRule` against the methods it uses.\n"
     "Check RequireFullAuthSupport in `Get-NetFirewallSetting -PolicyStore ActiveStore`; when "
     "true, keying modules that cannot do every method in a set are skipped.\n"
     "Capture with `netsh wfp capture start` and `netsh wfp capture stop` to see the offers "
     "exchanged."sv,
     {errc::ike_auth_fail, errc::ike_no_policy, errc::ike_policy_match, errc::ike_kerberos_error,
      errc::ike_invalid_payload}},
    // 13890
    {errc::ike_dos_cookie_sent,
     "Informational, not a failure: the responder was under load, so instead of keeping state it "
     "sent the initiator a cookie and asked it to repeat its first message with it. This is IKE's "
     "anti-flood check; a genuine initiator retries with the cookie and carries on."sv,
     "Many negotiations were half-open at once, for example when many clients reconnected after an "
     "outage.\n"
     "A flood of IKE requests, possibly from spoofed addresses, is reaching UDP 500 or 4500.\n"
     "Slow peers leave negotiations unfinished, which keeps the number of half-open SAs high."sv,
     "If connections succeed, no action is needed.\n"
     "If the code appears constantly, find who sends the IKE traffic (`netsh wfp show netevents`, "
     "or a capture on UDP 500/4500) and block abusive sources upstream.\n"
     "Make sure legitimate initiators handle the cookie exchange; one that never retries with the "
     "cookie cannot connect while the responder is busy."sv,
     {errc::ike_ratelimit_drop, errc::throttle_drop, errc::dosp_max_entries,
      errc::ike_invalid_cookie}},
    // 13891
    {errc::ike_shutting_down,
     "The IKE and AuthIP keying service (IKEEXT) is stopping, so it aborted the negotiation or "
     "refused the request. The SAs it managed go away with it; this is a service state, not a peer "
     "or policy problem."sv,
     "The computer is shutting down or restarting.\n"
     "IKEEXT was stopped or restarted by an administrator, an update or a script.\n"
     "The Base Filtering Engine (BFE) stopped, and IKEEXT, which depends on it, stopped too."sv,
     "Check both services with `Get-Service IKEEXT, BFE` and start them with `Start-Service` if "
     "they should be running.\n"
     "Look in the System log for Service Control Manager events that explain why the service "
     "stopped.\n"
     "For a program, wait until IKEEXT is running again and then retry."sv,
     {errc::ike_rpc_delete, errc::ike_load_failed, errc::ike_sa_reaped}},
    // 13892
    {errc::ike_cga_auth_failed,
     "IKE could not verify that the peer's IPv6 address is a Cryptographically Generated Address "
     "(CGA, RFC 3972) derived from the key in the certificate it presented. CGA authentication of "
     "the peer fails."sv,
     "The peer negotiated from an IPv6 address other than its CGA, such as a temporary or manually "
     "set address.\n"
     "The key container, modifier or collision count configured for CGA does not match the address "
     "in use.\n"
     "A translator or NAT between the peers rewrote the IPv6 address.\n"
     "The certificate offered is not the one whose key generated the address."sv,
     "On the peer, list its addresses with `Get-NetIPAddress -AddressFamily IPv6` and confirm the "
     "negotiation uses the CGA.\n"
     "Check the program that configures CGA authentication through the WFP API "
     "(IKEEXT_IPV6_CGA_AUTHENTICATION0); `New-NetIPsecAuthProposal` has no CGA option.\n"
     "Make sure no device between the peers translates IPv6 addresses."sv,
     {errc::ike_auth_fail, errc::ike_invalid_signature, errc::ike_no_peer_cert}},
    // 13893
    {errc::ike_process_err_natoa,
     "The NAT Original Address (NAT-OA) payload from the peer could not be processed. With IKEv1 "
     "NAT traversal (RFC 3947) peers send NAT-OA in the first two quick mode messages to give "
     "their original addresses, which transport mode needs to fix TCP and UDP checksums after NAT."sv,
     "Payload numbers from one NAT-T revision (draft or RFC 3947) while the peer advertised the "
     "other; the revision is agreed through the Vendor IDs.\n"
     "A malformed NAT-OA, such as an unexpected ID type or address length, from a peer bug.\n"
     "Corruption on the path."sv,
     "Capture the exchange on UDP 500 and 4500 at both ends and check which NAT-T Vendor IDs each "
     "side sends in main mode.\n"
     "Configure the peer to use RFC 3947 NAT traversal consistently.\n"
     "Decode the NAT-OA payloads in quick mode messages 1 and 2.\n"
     "Update the peer's IKE software or firmware if its encoding is at fault."sv,
     {errc::ike_process_err_vendor, errc::ike_process_err_id, errc::ike_invalid_payload}},
    // 13894
    {errc::ike_invalid_mm_for_qm,
     "IKE has a main mode SA with the peer, but its parameters do not suit the quick mode being "
     "negotiated, so the quick mode cannot run under it. Windows does not say which parameters; "
     "the message implies a mismatch between how the main mode SA was built and what the quick "
     "mode's rule needs."sv,
     "Two rules covering the same peer use different authentication sets or keying modules, and "
     "the existing main mode SA came from the other rule.\n"
     "Policy changed after the main mode SA was built.\n"
     "The quick mode may need an authentication, such as a second (user) authentication, that the "
     "existing SA did not include."sv,
     "List the rules that match this peer (`Get-NetIPsecRule -PolicyStore ActiveStore`) and look "
     "for overlaps with different Phase1AuthSet or KeyModule values.\n"
     "Compare the existing SA (`Get-NetIPsecMainModeSA`) with the rule the failing traffic "
     "matches.\n"
     "Delete the main mode SA to the peer (`Remove-NetIPsecMainModeSA`) so that the next attempt "
     "builds a fresh one."sv,
     {errc::ike_policy_change, errc::ike_policy_match, errc::ike_no_policy,
      errc::ike_coexistence_suppress}},
    // 13895
    {errc::ike_qm_expired,
     "The IPsec driver expired a quick mode SA because its lifetime, in time or in kilobytes, ran "
     "out. Not a failure in itself: IKE normally rekeys before that point, and the code matters "
     "only if traffic stops because no new SA was ready in time."sv,
     "The quick mode lifetime (MaxMinutes or MaxKiloBytes of the quick mode proposal) elapsed.\n"
     "The rekey failed or came too late, for example because the peer did not answer.\n"
     "The two sides use very different lifetimes, so they rekey at different times."sv,
     "Compare quick mode lifetimes (`Get-NetIPsecQuickModeCryptoSet` on Windows, the phase 2 "
     "lifetime on a gateway).\n"
     "Check that a new SA replaced the old one (`Get-NetIPsecQuickModeSA`; event 5451 records a "
     "new SA and 5452 the end of one).\n"
     "If traffic breaks at every expiry, look for the failed rekey (event 4654, quick mode "
     "negotiation failed) and troubleshoot that error."sv,
     {errc::ike_mm_expired, errc::sa_lifetime_expired, errc::ike_qm_limit,
      errc::ike_invalid_responder_lifetime_notify}},
    // 13896
    {errc::ike_too_many_filters,
     "IKE detected an excessive number of the WFP filters it adds at run time (dynamic IKEEXT "
     "filters). An excess suggests filters that are not being removed, or an unusually large "
     "number of peers or tunnels."sv,
     "Filters are not cleaned up, for example after many failed or interrupted negotiations.\n"
     "A very large number of peers, tunnels or VPN clients each need dynamic filters of their "
     "own.\n"
     "A program that adds IPsec policy through WFP creates filters faster than they are removed."sv,
     "Dump the filters with `netsh wfp show filters` and count those in the IKEEXT layers.\n"
     "Capture `netsh wfp show state` for a full view of providers, filters and SAs.\n"
     "Restart IKEEXT in a quiet period (`Restart-Service IKEEXT`) and watch whether the count "
     "climbs again.\n"
     "For a program, retry later."sv,
     {errc::ike_invalid_filter, errc::ike_getspifail, errc::ike_out_of_memory}},
    // 13897
    {errc::ike_neg_status_end,
     "Range marker, not an error: its name marks the end of the original IKE negotiation status "
     "codes that start at 13800. It is not expected as the result of a negotiation; a program sees "
     "it only when it tests whether a code lies below this bound."sv,
     "Code checks whether an error lies between 13800 and 13897.\n"
     "A tool printed the constant while listing or decoding the range."sv,
     "Use it as an exclusive upper bound, as the name implies (Microsoft does not document the "
     "range): the original IKE status codes are 13801 to 13896.\n"
     "The later codes 13898 to 13908 lie above it, below 13909, so test against that bound as "
     "well.\n"
     "If 13897 appears as the result of an operation, treat it as a bug in the component that "
     "logged it."sv,
     {errc::ike_neg_status_begin, errc::ike_neg_status_extended_end}},
    // 13898
    {errc::ike_kill_dummy_nap_tunnel,
     "Informational, not a failure: NAP reauthentication succeeded, so IKE deletes the temporary "
     "placeholder IKEv2 tunnel it used meanwhile. NAP (Network Access Protection) is not available "
     "starting with Windows 10, so only older systems log it."sv,
     "A client using NAP over an IKEv2 connection passed a health reauthentication.\n"
     "The deletion is routine cleanup after that success."sv,
     "No action is needed.\n"
     "If it appears next to a connection problem, troubleshoot the other codes logged for that "
     "connection; this one only records cleanup.\n"
     "If NAP is still in use, plan to replace it, because Windows 10 and later no longer include "
     "the NAP platform."sv,
     {errc::ike_benign_reinit, errc::ike_soft_sa_torn_down}},
    // 13899
    {errc::ike_inner_ip_assignment_failure,
     "An IKEv2 tunnel-mode initiator asked for an inner (tunnel) IP address and the responder "
     "could not assign one, so the tunnel was not set up. Windows tunnel policy with "
     "IPSEC_POLICY_FLAG_ENABLE_SERVER_ADDR_ASSIGNMENT hands this to the RAS VPN server (RRAS)."sv,
     "The VPN server's static address pool is used up or not configured.\n"
     "The server assigns addresses through DHCP and gets no lease.\n"
     "The tunnel policy asks for server address assignment but Routing and Remote Access is not "
     "set up to provide it."sv,
     "In the Routing and Remote Access console, open the server properties and check the IPv4 "
     "address assignment (static pool or DHCP).\n"
     "Compare the number of connected clients with the pool size; enlarge the pool or clear stale "
     "connections.\n"
     "If DHCP is used, check that the VPN server obtains leases from the DHCP server.\n"
     "If your program sets this flag, the responder needs RRAS with working address assignment."sv,
     {errc::ike_require_cp_payload_missing}},
    // 13900
    {errc::ike_require_cp_payload_missing,
     "Local IKEv2 policy requires the peer to send a configuration payload (the CP request an "
     "initiator uses to obtain an inner address and settings), and the peer's message had none. "
     "The tunnel was rejected."sv,
     "The peer uses a static inner address or acts as a site-to-site gateway and never requests "
     "configuration.\n"
     "The two sides disagree on the tunnel type: one expects remote-access style address "
     "assignment, the other does not.\n"
     "A third-party client does not send a CP request in the form Windows expects."sv,
     "Decide which side assigns addresses and configure the other to match: a remote-access client "
     "must request an address, a site-to-site gateway usually should not be required to.\n"
     "Review the tunnel rule on Windows (`Get-NetIPsecRule -PolicyStore ActiveStore`: Mode and "
     "tunnel endpoints).\n"
     "On a third-party peer, enable its configuration request (mode-config or CP) option for this "
     "connection."sv,
     {errc::ike_inner_ip_assignment_failure, errc::ike_policy_match}},
    // 13901
    {errc::key_module_impersonation_negotiation_pending,
     "A negotiation that runs under the identity of the user or service that opened the connection "
     "is already in progress, so this request must wait. The name points to AuthIP, which can "
     "authenticate with the credentials of the socket's principal; it is a pending state, not a "
     "failure."sv,
     "A program opened several connections to the same peer at once, all needing authentication as "
     "the same user.\n"
     "The first negotiation is slow, for example while a Kerberos ticket for the user is "
     "obtained.\n"
     "A retry loop asks again before the running negotiation ends."sv,
     "Wait and retry; a program should retry with back-off instead of at once.\n"
     "Check that the SA appears with `Get-NetIPsecMainModeSA` once the negotiation ends.\n"
     "If it never completes, enable auditing of the IPsec Extended Mode subcategory with auditpol "
     "and read events 4983 and 4984.\n"
     "Check the user's Kerberos tickets with `klist` when user authentication is Kerberos."sv,
     {errc::ike_negotiation_pending, errc::ike_kerberos_error, errc::ike_authorization_failure}},
    // 13902
    {errc::ike_coexistence_suppress,
     "IKE deleted an SA after a check that keeps IKEv1 and AuthIP from both holding SAs for the "
     "same traffic. The message implies that the two keying modules produced overlapping SAs with "
     "one peer and IKE removed the surplus one; Windows does not document the exact rule."sv,
     "The rule's KeyModule is Default or allows both IKEv1 and AuthIP, and both modules negotiated "
     "with the same peer.\n"
     "The two hosts prefer different keying modules, so each side's attempt produced its own SA."sv,
     "If traffic flows, treat it as housekeeping; no action is needed.\n"
     "If SAs keep being deleted, check the KeyModule of the rules on both hosts "
     "(`Get-NetIPsecRule`) and set the same module on both with `Set-NetIPsecRule -KeyModule`.\n"
     "Compare `Get-NetIPsecMainModeSA` on both hosts to see which keying module each SA used."sv,
     {errc::ike_invalid_mm_for_qm, errc::ike_sa_deleted, errc::ike_policy_change}},
    // 13903
    {errc::ike_ratelimit_drop,
     "An IKE responder dropped an incoming SA request because the sending IP address had exceeded "
     "its request rate limit. It is a protective drop, usually on this computer as responder; the "
     "peer is expected to try again later."sv,
     "One peer retries very fast because its own negotiations keep failing.\n"
     "Many clients share one public address behind a NAT, so their requests count against a single "
     "IP.\n"
     "A flood of IKE requests, deliberate or from a misconfigured device, reaches the responder."sv,
     "Find the peer address in the IKE failure events or in a trace taken with `netsh wfp capture "
     "start` and `netsh wfp capture stop`.\n"
     "Fix the failure that makes that peer retry; its own events (4652, 4653, 4654) or logs show "
     "why.\n"
     "Where many clients sit behind one NAT address, expect occasional drops and let them retry.\n"
     "Make client programs retry with back-off instead of in a tight loop."sv,
     {errc::ike_dos_cookie_sent, errc::dosp_max_per_ip_ratelimit_queues, errc::throttle_drop,
      errc::ike_drop_no_response}},
    // 13904
    {errc::ike_peer_doesnt_support_mobike,
     "The IKEv2 peer did not agree to MOBIKE (RFC 4555), the extension that lets an IKEv2 SA move "
     "to a new IP address. Windows uses it for VPN Reconnect; without it, a change of network ends "
     "the tunnel and a full new negotiation is needed."sv,
     "The VPN gateway does not implement MOBIKE.\n"
     "MOBIKE is available on the gateway but turned off.\n"
     "The client moved to a new address, so the missing support became visible."sv,
     "Enable MOBIKE on the gateway if it supports it.\n"
     "On the Windows client, check that Mobility is enabled in the Advanced settings of the IKEv2 "
     "connection; it only helps when the gateway supports MOBIKE as well.\n"
     "Otherwise expect a reconnect after every network change, and let programs reconnect with "
     "back-off.\n"
     "Check that UDP 500 and UDP 4500 are open from the new network."sv,
     {errc::ike_peer_mm_assumed_invalid, errc::ike_drop_no_response, errc::ike_timed_out}},
    // 13905
    {errc::ike_authorization_failure,
     "Authentication succeeded, but the responder's authorization policy does not allow this "
     "computer or user to establish the SA. It is a deliberate refusal by policy, not a credential "
     "error."sv,
     "The peer is not in the computer or user authorization lists for IPsec transport or tunnel "
     "connections.\n"
     "The authenticated identity is not the expected one, for example a computer where a user was "
     "required, or a local account.\n"
     "Group membership changed but the peer still holds tickets issued before the change."sv,
     "On the responder, read the RemoteMachine and RemoteUser Transport and Tunnel "
     "AuthorizationList values in `Get-NetFirewallSetting -PolicyStore ActiveStore`.\n"
     "Check which rules set RequireAuthorization, and their Machine and User SDDL, with "
     "`Get-NetIPsecRule`.\n"
     "After adding the account to an authorized group, refresh its tickets: `klist -li 0x3e7 "
     "purge` for the computer, sign out and in for a user.\n"
     "Enable IPsec Main Mode and Extended Mode failure auditing with `auditpol`; events 4652/4653 "
     "and 4983/4984 on the responder show the refused identity."sv,
     {errc::ike_authorization_failure_with_optional_retry,
      errc::ike_strong_cred_authorization_failure, errc::ike_auth_fail, errc::ike_kerberos_error}},
    // 13906
    {errc::ike_strong_cred_authorization_failure,
     "The peer authenticated, but policy requires its Kerberos credential to come from PKINIT "
     "(smart card or certificate logon) and it did not, so the SA is refused. Setups that demand "
     "smart cards, such as DirectAccess smart card authorization for the intranet tunnel, may "
     "produce it."sv,
     "The user signed in with a password, so the Kerberos ticket did not come from PKINIT.\n"
     "Smart card logon itself fails, for example because domain controllers lack a valid KDC "
     "certificate.\n"
     "Authorization demands strong credentials from users who have no smart card."sv,
     "Sign out and sign in with the smart card (or lock and unlock with it), then retry.\n"
     "Run `klist` in the user's session to see the current tickets and when they were issued.\n"
     "If smart card logon fails, check the card with `certutil -scinfo` and the KDC certificates "
     "of the domain controllers.\n"
     "Review who must present strong credentials in the responder's authorization settings "
     "(`Get-NetFirewallSetting -PolicyStore ActiveStore`, or the Remote Access configuration for "
     "DirectAccess)."sv,
     {errc::ike_authorization_failure_with_optional_retry,
      errc::ike_strong_cred_authorization_and_certmap_failure, errc::ike_authorization_failure,
      errc::ike_kerberos_error}},
    // 13907
    {errc::ike_authorization_failure_with_optional_retry,
     "Authorization refused the SA, but the responder signals that other credentials might "
     "succeed, so Windows can prompt the user, typically for a smart card. This attempt failed; a "
     "retry with suitable credentials can work."sv,
     "The user is signed in with credentials the authorization policy does not accept, such as a "
     "password where a smart card is required.\n"
     "Cached credentials are outdated, for example after a password change or a new smart card.\n"
     "The user dismissed the credential prompt, so no new credentials were supplied."sv,
     "Enter the requested credentials when Windows prompts; in Windows 7 DirectAccess with smart "
     "card authorization, a keys icon in the notification area reopens the prompt.\n"
     "If the prompt was closed for good, lock the computer and unlock it with the smart card, then "
     "retry.\n"
     "For programs, retry only after new credentials are supplied; retrying unchanged fails the "
     "same way.\n"
     "If correct credentials still fail, check the responder's authorization lists in "
     "`Get-NetFirewallSetting -PolicyStore ActiveStore`."sv,
     {errc::ike_authorization_failure, errc::ike_strong_cred_authorization_failure,
      errc::ike_strong_cred_authorization_and_certmap_failure}},
    // 13908
    {errc::ike_strong_cred_authorization_and_certmap_failure,
     "The SA was refused for lack of a sufficiently strong PKINIT-based credential, and the "
     "message adds that certificate-to-account mapping may have failed. With mapping, IKE maps the "
     "peer's certificate to an Active Directory account to obtain its token; without that token "
     "the strong-credential check cannot pass."sv,
     "Certificate-to-account mapping is enabled but no enabled Active Directory account matches "
     "the certificate's identity.\n"
     "No domain controller was reachable from the responder to perform the mapping.\n"
     "The certificate maps, but the resulting credential does not meet the strong-credential "
     "requirement."sv,
     "On the responder, check which proposals enable AccountMapping in the Proposal property of "
     "`Get-NetIPsecPhase1AuthSet`.\n"
     "Confirm that the certificate's identity resolves to an enabled account and that a domain "
     "controller is reachable from the responder.\n"
     "Verify the certificate chain with `certutil -verify -urlfetch <file>` on the responder.\n"
     "If the policy demands PKINIT credentials, retry after a smart card or certificate logon."sv,
     {errc::ike_strong_cred_authorization_failure,
      errc::ike_authorization_failure_with_optional_retry, errc::ike_authorization_failure,
      errc::ike_cert_chain_policy_mismatch}},
    // 13909
    {errc::ike_neg_status_extended_end,
     "Range marker, not an error: its name marks the end of the extended IKE negotiation status "
     "codes added after 13897 (13898 to 13908). It is not expected as the result of a negotiation; "
     "a program sees it only when it tests whether a code falls in that range."sv,
     "Code checks whether an error is an IKE negotiation status and uses this value as the upper "
     "bound.\n"
     "A tool printed the constant while listing or decoding the range."sv,
     "Going by the marker names and values, not by Microsoft documentation, test 13800 < c < 13897 "
     "for the original IKE status codes and 13897 < c < 13909 for the extended ones.\n"
     "Codes from 13910 up, such as ERROR_IPSEC_BAD_SPI, are driver and DoS protection errors "
     "outside both ranges.\n"
     "If 13909 appears as the result of an operation, treat it as a bug in the component that "
     "logged it."sv,
     {errc::ike_neg_status_begin, errc::ike_neg_status_end}},
    // 13910
    {errc::bad_spi,
     "Per-packet drop in the IPsec driver, not a negotiation failure: an inbound ESP or AH packet "
     "carried an SPI that matches no live SA here (NTSTATUS STATUS_IPSEC_BAD_SPI, 0xC0360001). A "
     "few drops around a rekey or restart are normal; a steady stream is not."sv,
     "The peer still sends on an SA deleted here by a reboot, IKEEXT restart or policy change.\n"
     "Packets are corrupted on the path or by a faulty adapter or driver.\n"
     "Quick mode lifetimes differ, so one side drops the SA while the other still uses it.\n"
     "A load balancer or NAT device hands a peer's ESP to a node that did not negotiate the SA."sv,
     "Run `auditpol /set /subcategory:\"IPsec Driver\" /success:enable /failure:enable` and look "
     "for event 4965 (incorrect SPI).\n"
     "Compare `Get-NetIPsecQuickModeSA` and the lifetimes in `Get-NetIPsecQuickModeCryptoSet` on "
     "both computers.\n"
     "Clear stale SAs on both ends with `Remove-NetIPsecQuickModeSA` and "
     "`Remove-NetIPsecMainModeSA`.\n"
     "Make sure load balancers keep one peer's ESP (IP protocol 50) or UDP 4500 on one node."sv,
     {errc::sa_lifetime_expired, errc::wrong_sa, errc::ike_qm_expired, errc::integrity_check_failed,
      errc::invalid_packet}},
    // 13911
    {errc::sa_lifetime_expired,
     "Per-packet drop in the IPsec driver, not a negotiation failure: a packet arrived on a quick "
     "mode SA whose time or kilobyte lifetime had run out (NTSTATUS "
     "STATUS_IPSEC_SA_LIFETIME_EXPIRED, 0xC0360002). An isolated drop at rekey time is harmless; a "
     "steady stream is not."sv,
     "The peers use different quick mode lifetimes, so one side expires the SA first.\n"
     "The peer did not rekey in time because its IKE is overloaded or cannot reach this computer "
     "on UDP 500 or 4500.\n"
     "The peer's IPsec stack keeps sending on the old SA after a rekey."sv,
     "Compare the minutes and kilobytes of the quick mode proposals on both sides "
     "(`Get-NetIPsecQuickModeCryptoSet`; set with `New-NetIPsecQuickModeCryptoProposal -MaxMinutes "
     "-MaxKiloBytes`).\n"
     "Enable the IPsec Quick Mode audit subcategory and check events 5451 (SA established) and "
     "5452 (SA ended) for this peer to see whether rekeys come in time.\n"
     "Make sure UDP 500 and UDP 4500 pass in both directions so either side can rekey."sv,
     {errc::ike_qm_expired, errc::bad_spi, errc::ike_simultaneous_rekey,
      errc::ike_invalid_responder_lifetime_notify}},
    // 13912
    {errc::wrong_sa,
     "Per-packet drop in the IPsec driver, not a negotiation failure: the packet came in on a "
     "valid SA, but its addresses, protocol or ports are not the traffic that SA was negotiated "
     "for (NTSTATUS STATUS_IPSEC_WRONG_SA, 0xC0360003). A steady stream means the peers disagree "
     "on what each SA carries."sv,
     "The peer's rule covers other addresses, protocols or ports than this side's rule.\n"
     "Overlapping rules on the peer select a different SA than this side expects.\n"
     "Tunnel endpoints or the subnets routed into a tunnel differ between the sides.\n"
     "The peer changed its policy but kept using SAs negotiated under the old one."sv,
     "Compare rules on both computers with `Get-NetIPsecRule` or `netsh advfirewall consec show "
     "rule name=all`; addresses, protocol, ports and tunnel endpoints must mirror each other.\n"
     "Compare the endpoints, protocol and ports of each SA in `Get-NetIPsecQuickModeSA` with the "
     "dropped traffic.\n"
     "After fixing the rules, delete the old SAs with `Remove-NetIPsecQuickModeSA`."sv,
     {errc::bad_spi, errc::clear_text_drop, errc::ike_policy_match, errc::ike_policy_change}},
    // 13913
    {errc::replay_check_failed,
     "Per-packet drop in the IPsec driver, not a negotiation failure: an inbound packet's sequence "
     "number was already seen or fell below the replay window (NTSTATUS "
     "STATUS_IPSEC_REPLAY_CHECK_FAILED, 0xC0360004). A few drops usually mean reordering; a steady "
     "stream means a device reorders or copies ESP, or a real replay."sv,
     "A load balancer, link aggregation or multipath routing delivers ESP out of order.\n"
     "A device duplicates packets, such as a WAN optimizer or a switching loop.\n"
     "The peer restarted its sequence numbers on the same SA, for example after a cluster "
     "failover.\n"
     "Someone is replaying captured ESP traffic."sv,
     "Run `auditpol /set /subcategory:\"IPsec Driver\" /success:enable /failure:enable` and look "
     "for events 4961 (replay check failed) and 4962 (sequence number too low).\n"
     "Capture ESP (IP protocol 50) or UDP 4500 on both ends and compare sequence numbers.\n"
     "Keep each peer's ESP on one path through load balancers and aggregated links.\n"
     "If the peer is a cluster, delete stale SAs after failover with `Remove-NetIPsecQuickModeSA`."sv,
     {errc::integrity_check_failed, errc::bad_spi, errc::invalid_packet}},
    // 13914
    {errc::invalid_packet,
     "Per-packet drop in the IPsec driver, not a negotiation failure: the ESP or AH header, or the "
     "ESP trailer (padding, pad length, next header), of an inbound packet was not valid (NTSTATUS "
     "STATUS_IPSEC_INVALID_PACKET, 0xC0360005). One bad packet is usually damage in transit; a "
     "steady stream means a device on the path or the peer builds bad packets."sv,
     "A router or firewall truncates ESP or mishandles fragments of large packets.\n"
     "A NAT device with an IPsec passthrough or helper feature alters ESP or UDP 4500 traffic.\n"
     "The peer builds headers or padding that Windows does not accept.\n"
     "A network adapter or its driver damages packets."sv,
     "Capture on both sides and compare a packet as sent and as received.\n"
     "Check the path MTU and whether devices on the path drop or wrongly reassemble ESP "
     "fragments.\n"
     "Turn off IPsec passthrough or helper features on NAT devices, or test without the NAT.\n"
     "Update network adapter drivers and firmware on both ends."sv,
     {errc::integrity_check_failed, errc::replay_check_failed, errc::bad_spi,
      errc::dosp_invalid_packet}},
    // 13915
    {errc::integrity_check_failed,
     "Per-packet drop in the IPsec driver, not a negotiation failure: the integrity check value of "
     "an inbound ESP or AH packet did not verify, so the packet changed after it was sent or the "
     "peers compute it differently (NTSTATUS STATUS_IPSEC_INTEGRITY_CHECK_FAILED, 0xC0360006). One "
     "occurrence is usually corruption in transit; a steady stream needs investigation."sv,
     "AH (IP protocol 51) crosses a NAT device, which rewrites the IP header that AH protects.\n"
     "A device on the path modifies ESP packets.\n"
     "A network adapter, its driver or an offload feature corrupts packets.\n"
     "A non-Windows peer computes the integrity value differently."sv,
     "Run `auditpol /set /subcategory:\"IPsec Driver\" /success:enable /failure:enable` and look "
     "for event 4960 (packet failed an integrity check).\n"
     "If AH crosses a NAT, switch the quick mode proposals to ESP "
     "(`Get-NetIPsecQuickModeCryptoSet`).\n"
     "Compare the integrity algorithms of the quick mode proposals on both sides.\n"
     "Capture on both ends to see whether packets change in transit, and update adapter drivers."sv,
     {errc::invalid_packet, errc::replay_check_failed, errc::bad_spi, errc::ike_invalid_hash}},
    // 13916
    {errc::clear_text_drop,
     "Per-packet drop in the IPsec driver, not a negotiation failure: an inbound packet arrived "
     "without IPsec although this computer's policy requires protection for it (NTSTATUS "
     "STATUS_IPSEC_CLEAR_TEXT_DROP, 0xC0360007). A few drops right after a policy change are "
     "expected; a steady stream means the peer does not protect traffic this side requires."sv,
     "The peer has no matching connection security rule, or its Group Policy has not applied "
     "yet.\n"
     "The peer's rule only requests protection and fell back to clear text after a failed "
     "negotiation.\n"
     "The peer changed or removed its IPsec policy.\n"
     "A host is spoofing the peer's address."sv,
     "Run `auditpol /set /subcategory:\"IPsec Driver\" /success:enable /failure:enable` and look "
     "for event 4963 (clear text packet that should have been secured).\n"
     "Compare rules on both computers with `netsh advfirewall consec show rule name=all`; "
     "endpoints, protocol and ports must match.\n"
     "On the peer, check `Get-NetIPsecMainModeSA`, `Get-NetIPsecQuickModeSA` and its IKE failure "
     "events to learn why no SA exists."sv,
     {errc::auth_firewall_drop, errc::wrong_sa, errc::ike_no_policy, errc::ike_drop_no_response}},
    // 13917
    {errc::auth_firewall_drop,
     "Benign drop by design, not a failure: in authenticated firewall mode the initiator sends the "
     "first packet of a new connection twice, IPsec-protected and in clear text, and the receiver "
     "drops the protected copy after using it to authorize the connection (NTSTATUS "
     "STATUS_IPSEC_AUTH_FIREWALL_DROP, 0xC0360008). Expect one drop per new connection."sv,
     "The IPsec policy uses the authenticated firewall transform (IPSEC_TRANSFORM_ESP_AUTH_FW, "
     "Windows 7 and Windows Server 2008 R2 or later), which protects only the first packet of a "
     "connection.\n"
     "Each new connection from a peer in this mode produces one such drop on the receiver."sv,
     "Treat the code as informational and leave it out of drop alerts and IPsec failure counts.\n"
     "If connections in this mode really fail, check that the receiver's firewall rules allow the "
     "authenticated peer, and look for clear text drops (13916) on the same flow.\n"
     "A program reading WFP net events should skip IPsec kernel drops whose failureStatus is "
     "STATUS_IPSEC_AUTH_FIREWALL_DROP."sv,
     {errc::clear_text_drop, errc::ike_authorization_failure}},
    // 13918
    {errc::throttle_drop,
     "Per-packet drop in the IPsec driver, not a negotiation failure: Windows discarded the packet "
     "because a denial-of-service throttle was in effect (NTSTATUS STATUS_IPSEC_THROTTLE_DROP, "
     "0xC0360009). Windows does not document the limit; short bursts at load peaks are expected, "
     "while a steady stream means more IPsec traffic arrives than the computer will accept."sv,
     "A flood of packets or negotiation attempts from an attacker or scanner reaches this "
     "computer.\n"
     "Many peers reconnect at once, for example after an outage or a server restart.\n"
     "A misbehaving peer retransmits in a tight loop."sv,
     "Use `netsh wfp show netevents`, or a trace from `netsh wfp capture start` / `netsh wfp "
     "capture stop`, to count drops per remote address.\n"
     "Block or rate-limit a dominant source upstream; if many legitimate peers reconnect together, "
     "stagger them.\n"
     "A program that gets this code should retry with back-off."sv,
     {errc::ike_ratelimit_drop, errc::ike_dos_cookie_sent, errc::dosp_max_per_ip_ratelimit_queues}},
    // 13925
    {errc::dosp_block,
     "Per-packet drop by IPsec DoS Protection (the IPv6 edge filter set with the "
     "NetIPsecDospSetting cmdlets), not a negotiation failure: the packet matched a setting whose "
     "FilteringFlags is FilterBlock (NTSTATUS STATUS_IPSEC_DOSP_BLOCK, 0xC0368000). This is policy "
     "at work, not a fault."sv,
     "A FilterBlock setting covers the sender's public IPv6 prefix (PublicV6Address) or the "
     "internal destination (PrivateV6Address).\n"
     "The blocked prefix is broader than intended and catches legitimate peers.\n"
     "A blocked host keeps sending; FilterBlock drops even its IPsec-protected traffic."sv,
     "List the settings with `Get-NetIPsecDospSetting` and find the FilterBlock one covering the "
     "dropped traffic.\n"
     "If the block is wrong, narrow it with `Set-NetIPsecDospSetting` or delete it with "
     "`Remove-NetIPsecDospSetting`.\n"
     "When several settings match an address the most specific prefix wins, so a narrower setting "
     "can carve a host out of a blocked range.\n"
     "Use `netsh wfp show netevents` to see the addresses of the dropped packets."sv,
     {errc::dosp_keymod_not_allowed, errc::dosp_received_multicast, errc::dosp_not_installed}},
    // 13926
    {errc::dosp_received_multicast,
     "Per-packet drop by IPsec DoS Protection (the IPv6 edge filter set with the "
     "NetIPsecDospSetting cmdlets), not a negotiation failure: an IPsec-specific packet was sent "
     "to a multicast address, which is not allowed (NTSTATUS STATUS_IPSEC_DOSP_RECEIVED_MULTICAST, "
     "0xC0368001). An odd drop is noise; a steady stream means some host keeps sending IPsec "
     "traffic to multicast addresses."sv,
     "A host on the public side sends IPsec or negotiation packets to an IPv6 multicast group.\n"
     "A scanner probes the edge with multicast destinations.\n"
     "A device set up for multicast IPsec sends that traffic across the edge."sv,
     "Find the source with `netsh wfp show netevents` or a trace from `netsh wfp capture start` / "
     "`netsh wfp capture stop`.\n"
     "Fix or silence the sender; IPsec through DoS Protection has to use unicast addresses.\n"
     "Check with `Get-NetIPsecDospSetting` that PublicInterfaceAliases and PrivateInterfaceAliases "
     "name the intended adapters."sv,
     {errc::dosp_block, errc::dosp_invalid_packet}},
    // 13927
    {errc::dosp_invalid_packet,
     "Per-packet drop by IPsec DoS Protection (the IPv6 edge filter set with the "
     "NetIPsecDospSetting cmdlets), not a negotiation failure: the packet was incorrectly "
     "formatted and was discarded (NTSTATUS STATUS_IPSEC_DOSP_INVALID_PACKET, 0xC0368002). "
     "Occasional drops are damage or scans; a steady stream from one source is a broken sender or "
     "an attack."sv,
     "A scanner or attacker sends crafted or truncated IPv6 packets to the public interface.\n"
     "Packets are truncated or damaged on the public path.\n"
     "A peer's IPsec or IKE implementation sends malformed headers."sv,
     "Find the source with `netsh wfp show netevents` or a trace from `netsh wfp capture start` / "
     "`netsh wfp capture stop`.\n"
     "Confirm the documented prerequisite `Set-NetIPv6Protocol -GroupForwardedFragments Enabled` "
     "(and the same with `Set-NetIPv4Protocol`).\n"
     "Block a host that keeps sending malformed packets, upstream or with a setting using "
     "`-FilteringFlags FilterBlock -PublicV6Address`."sv,
     {errc::invalid_packet, errc::dosp_received_multicast, errc::dosp_state_lookup_failed}},
    // 13928
    {errc::dosp_state_lookup_failed,
     "Per-packet drop by IPsec DoS Protection (the IPv6 edge filter set with the "
     "NetIPsecDospSetting cmdlets), not a negotiation failure: it could not find the state it "
     "keeps for the packet's connection (NTSTATUS STATUS_IPSEC_DOSP_STATE_LOOKUP_FAILED, "
     "0xC0368003). The exact trigger is not documented; a few drops after idle periods are normal, "
     "a steady stream points at missing or expired state."sv,
     "The connection was idle longer than StateIdleTimeoutSeconds, so its state was removed.\n"
     "The state table was full (13929), so no entry was created.\n"
     "Routing is asymmetric and this edge sees only part of a connection.\n"
     "The edge computer restarted and lost the state of existing connections."sv,
     "Check StateIdleTimeoutSeconds and MaxStateEntries with `Get-NetIPsecDospSetting`; raise the "
     "idle timeout with `Set-NetIPsecDospSetting` if long-lived connections go quiet.\n"
     "Look for 13929 drops at the same time, which show the table is full.\n"
     "Make sure both directions of each connection pass through the same DoS Protection computer."sv,
     {errc::dosp_max_entries, errc::dosp_invalid_packet, errc::bad_spi}},
    // 13929
    {errc::dosp_max_entries,
     "Per-packet drop by IPsec DoS Protection (the IPv6 edge filter set with the "
     "NetIPsecDospSetting cmdlets), not a negotiation failure: it could not create state for a new "
     "connection because the table already holds MaxStateEntries entries (NTSTATUS "
     "STATUS_IPSEC_DOSP_MAX_ENTRIES, 0xC0368004). Even one occurrence means a connection was "
     "refused; a steady stream is a capacity limit or a flood."sv,
     "More connections cross the edge than MaxStateEntries allows.\n"
     "StateIdleTimeoutSeconds is long, so idle connections keep their entries.\n"
     "A flood of new traffic from the public side fills the table."sv,
     "Read MaxStateEntries and StateIdleTimeoutSeconds with `Get-NetIPsecDospSetting`.\n"
     "Raise the limit or shorten the timeout with `Set-NetIPsecDospSetting -MaxStateEntries` or "
     "`-StateIdleTimeoutSeconds`, sized to the expected connections.\n"
     "A program can compare currentStateEntries from IPsecDospGetStatistics0 with the limit.\n"
     "If a few public addresses cause the growth, find them with `netsh wfp show netevents` and "
     "block them."sv,
     {errc::dosp_max_per_ip_ratelimit_queues, errc::dosp_state_lookup_failed, errc::throttle_drop}},
    // 13930
    {errc::dosp_keymod_not_allowed,
     "Per-packet drop by IPsec DoS Protection (the IPv6 edge filter set with the "
     "NetIPsecDospSetting cmdlets), not a negotiation failure: a negotiation packet used a keying "
     "module (IKEv1, IKEv2 or AuthIP) that EnabledKeyingModules does not allow (NTSTATUS "
     "STATUS_IPSEC_DOSP_KEYMOD_NOT_ALLOWED, 0xC0368005). The peer gets no answer, so its "
     "negotiation times out."sv,
     "Peers negotiate with IKEv1 or IKEv2, but EnabledKeyingModules allows only AuthIP, the "
     "default.\n"
     "The module is allowed only for certain internal addresses (PrivateV6Address) and the "
     "destination is not among them.\n"
     "A scanner probes the edge with IKE packets."sv,
     "Check EnabledKeyingModules and PrivateV6Address with `Get-NetIPsecDospSetting`.\n"
     "Allow the peers' module with `Set-NetIPsecDospSetting -EnabledKeyingModules`, or add a "
     "setting limited to the internal address that needs it.\n"
     "Confirm which module the peers use: `Get-NetIPsecMainModeSA` shows the KeyModule of existing "
     "SAs.\n"
     "On the initiating peer the drop is likely to show up as a time-out (13805 or 13813); match "
     "those to this edge."sv,
     {errc::dosp_block, errc::ike_timed_out, errc::ike_drop_no_response}},
    // 13931
    {errc::dosp_not_installed,
     "IPsec DoS Protection, the IPv6 edge filter set with the NetIPsecDospSetting cmdlets, is not "
     "enabled on this computer. It most likely comes back to a tool that queries or manages DoS "
     "Protection; it is not a negotiation failure, and is expected on any computer without a DoS "
     "Protection setting."sv,
     "No DoS Protection setting exists on the computer.\n"
     "A setting lacks a public or an internal interface, and the feature needs both.\n"
     "The interface aliases in the setting no longer match the computer's adapters.\n"
     "A monitoring tool expects DoS Protection on a computer that is not an edge server."sv,
     "Run `Get-NetIPsecDospSetting` to see whether a setting exists and which "
     "PublicInterfaceAliases and PrivateInterfaceAliases it names.\n"
     "Compare those aliases with `Get-NetAdapter` and correct them with "
     "`Set-NetIPsecDospSetting`.\n"
     "To enable the feature, run `Set-NetIPv6Protocol -GroupForwardedFragments Enabled` and "
     "`Set-NetIPv4Protocol -GroupForwardedFragments Enabled`, then `New-NetIPsecDospSetting` with "
     "-Name, -PublicInterfaceAliases and -PrivateInterfaceAliases.\n"
     "If the computer is not meant to run DoS Protection, treat the code as informational."sv,
     {errc::dosp_block, errc::dosp_keymod_not_allowed, errc::dosp_max_entries}},
    // 13932
    {errc::dosp_max_per_ip_ratelimit_queues,
     "Per-packet drop by IPsec DoS Protection (the IPv6 edge filter set with the "
     "NetIPsecDospSetting cmdlets), not a negotiation failure: it needed a rate-limit queue for "
     "one more internal address but already holds MaxPerIPRateLimitQueues queues (NTSTATUS "
     "STATUS_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES, 0xC0368006). A short burst can follow a spike "
     "in new peers; a steady stream means the limit is too low or a flood targets many internal "
     "addresses."sv,
     "Unauthenticated IPsec traffic reaches more internal hosts than MaxPerIPRateLimitQueues "
     "allows.\n"
     "PerIPRateLimitQueueIdleTimeoutSeconds is long, so queues of idle hosts are kept.\n"
     "An attacker sprays traffic at many internal addresses."sv,
     "Read MaxPerIPRateLimitQueues and PerIPRateLimitQueueIdleTimeoutSeconds with "
     "`Get-NetIPsecDospSetting`.\n"
     "Raise the queue limit or shorten the queue idle timeout with `Set-NetIPsecDospSetting`.\n"
     "A program can read currentInboundIPv6IPsecUnauthPerIPRateLimitQueues from "
     "IPsecDospGetStatistics0 to see how many queues are in use.\n"
     "If it is an attack, find the public sources with `netsh wfp show netevents` and block them "
     "upstream."sv,
     {errc::dosp_max_entries, errc::throttle_drop, errc::ike_ratelimit_drop}},
}};
// clang-format on

}  // namespace source
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_TESTS_TROUBLESHOOTING_SOURCE_HPP
