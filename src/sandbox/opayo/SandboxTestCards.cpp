// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/SandboxTestCards.h"

#include <array>

namespace bridge::sandbox::opayo {

namespace {

struct KnownCard {
    const char16_t* number;
    const char16_t* type;
};

// opayo-api.md §1.17: cards that always authorise on the test gateway.
constexpr std::array<KnownCard, 20> kTestCards{{
    {u"4929000000006", u"Visa"},
    {u"4929000005559", u"Visa"},
    {u"4929000000014", u"Visa"},
    {u"4929000000022", u"Visa"},
    {u"4484000000002", u"Visa"},
    {u"4462000000000003", u"VisaDebit"},
    {u"4917300000000008", u"VisaElectron"},
    {u"5186150660000009", u"MasterCard"},
    {u"5186150660000025", u"MasterCard"},
    {u"5186150660000108", u"MasterCard"},
    {u"5186150660000207", u"MasterCard"},
    {u"5185690060000001", u"DebitMasterCard"},
    {u"6759000000005", u"Maestro"},
    {u"6705000000008", u"Maestro"},
    {u"5185570760000008", u"Maestro"},
    {u"6766000000000", u"Maestro"},
    {u"374200000000004", u"AmericanExpress"},
    {u"36000000000008", u"Discover"},
    {u"3569990000000009", u"JCB"},
    {u"4929602110085639", u"Visa"},
}};

constexpr std::array<const char16_t*, 2> kDeclineCards{{u"4929602110085639", u"5403814948608092"}};

QString typeFromPrefix(QStringView n)
{
    if (n.startsWith(u"34") || n.startsWith(u"37")) {
        return QStringLiteral("AmericanExpress");
    }
    if (n.startsWith(u"36") || n.startsWith(u"6011") || n.startsWith(u"65")) {
        return QStringLiteral("Discover");
    }
    if (n.startsWith(u"35")) {
        return QStringLiteral("JCB");
    }
    if (n.startsWith(u"6759") || n.startsWith(u"6705") || n.startsWith(u"6766") || n.startsWith(u"50")) {
        return QStringLiteral("Maestro");
    }
    if (n.startsWith(u"4")) {
        return QStringLiteral("Visa");
    }
    if (n.startsWith(u"5") || n.startsWith(u"2")) {
        return QStringLiteral("MasterCard");
    }
    return {};
}

} // namespace

bool SandboxTestCards::luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit() || c.unicode() > '9') {
            return false;
        }
        int d = c.unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

CardFacts SandboxTestCards::inspect(QStringView cardNumber)
{
    CardFacts facts;
    if (cardNumber.size() < 12 || cardNumber.size() > 19 || !luhnValid(cardNumber)) {
        return facts;
    }
    facts.valid = true;
    facts.lastFour = cardNumber.right(4).toString();
    for (const KnownCard& card : kTestCards) {
        if (cardNumber == QStringView(card.number)) {
            facts.cardType = QString::fromUtf16(card.type);
        }
    }
    if (facts.cardType.isEmpty()) {
        facts.cardType = typeFromPrefix(cardNumber);
    }
    for (const char16_t* decline : kDeclineCards) {
        if (cardNumber == QStringView(decline)) {
            facts.declines = true;
        }
    }
    facts.supported = !facts.cardType.isEmpty();
    return facts;
}

QString SandboxTestCards::matchingSecurityCode(const QString& cardType)
{
    return cardType == QLatin1String("AmericanExpress") ? QStringLiteral("1234") : QStringLiteral("123");
}

} // namespace bridge::sandbox::opayo
