#!/bin/sh
# SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
# SPDX-License-Identifier: LicenseRef-Proprietary
#
# A client the project did not write (curl) walks the opayo-sandbox executable through the
# documented flow and checks the status codes and bodies:
# session key -> card identifier -> payment -> refund -> refund above the remainder (1018) -> GET.
# Usage: curl-walkthrough.sh <path to opayo-sandbox>
set -u
SANDBOX=$1
OUT=$(mktemp)
"$SANDBOX" --port 0 --host 127.0.0.1 >"$OUT" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -f "$OUT"' EXIT
i=0
while [ $i -lt 50 ] && ! grep -q '^listening on ' "$OUT"; do sleep 0.1; i=$((i + 1)); done
FIRST=$(head -1 "$OUT")
case "$FIRST" in "listening on http://127.0.0.1:"*) ;; *) echo "FAIL first line: $FIRST"; exit 1 ;; esac
B=${FIRST#listening on }
A="sandbox-key:sandbox-password"
J='Content-Type: application/json'
FAILED=0
expect() { # expect <step> <wanted status> <wanted text> <answer with status on the last line>
    status=$(printf '%s\n' "$4" | tail -1)
    if [ "$status" != "$2" ] || ! printf '%s' "$4" | grep -q "$3"; then
        echo "FAIL $1: wanted HTTP $2 with $3, got: $4"; FAILED=1
    else
        echo "ok   $1: HTTP $status"
    fi
}
field() { printf '%s' "$1" | head -1 | sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p"; }

R=$(curl -s -m 10 -w '\n%{http_code}' -u $A -H "$J" -d '{"vendorName":"sandbox"}' "$B/api/v1/merchant-session-keys")
expect "merchant session key" 201 '"merchantSessionKey"' "$R"
MSK=$(field "$R" merchantSessionKey)
R=$(curl -s -m 10 -w '\n%{http_code}' -H "Authorization: Bearer $MSK" -H "$J" \
    -d '{"cardDetails":{"cardholderName":"SAM JONES","cardNumber":"4929000000006","expiryDate":"0330","securityCode":"123"}}' \
    "$B/api/v1/card-identifiers")
expect "card identifier" 201 '"cardType":"Visa"' "$R"
CID=$(field "$R" cardIdentifier)
R=$(curl -s -m 10 -w '\n%{http_code}' -u $A -H "$J" -d '{"transactionType":"Payment","paymentMethod":{"card":{"merchantSessionKey":"'"$MSK"'","cardIdentifier":"'"$CID"'"}},"vendorTxCode":"curl-1","amount":10000,"currency":"GBP","description":"Order 1","customerFirstName":"Sam","customerLastName":"Jones","billingAddress":{"address1":"88 High Street","city":"London","postalCode":"412","country":"GB"}}' "$B/api/v1/transactions")
expect "payment" 201 '"statusCode":"0000"' "$R"
TX=$(field "$R" transactionId)
R=$(curl -s -m 10 -w '\n%{http_code}' -u $A -H "$J" -d '{"transactionType":"Refund","referenceTransactionId":"'"$TX"'","vendorTxCode":"curl-1-r1","amount":6000,"description":"Part refund"}' "$B/api/v1/transactions")
expect "refund 6000" 201 '"transactionType":"Refund"' "$R"
R=$(curl -s -m 10 -w '\n%{http_code}' -u $A -H "$J" -d '{"transactionType":"Refund","referenceTransactionId":"'"$TX"'","vendorTxCode":"curl-1-r2","amount":4001,"description":"Too much"}' "$B/api/v1/transactions")
expect "refund above the remainder" 403 '"code":1018' "$R"
R=$(curl -s -m 10 -w '\n%{http_code}' -u $A "$B/api/v1/transactions/$TX")
expect "get" 200 '"transactionId":"'"$TX"'"' "$R"
R=$(curl -s -m 10 -w '\n%{http_code}' "$B/api/v1/transactions/$TX")
expect "get without credentials" 401 '"code":1001' "$R"
exit $FAILED
