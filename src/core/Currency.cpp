// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Currency.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

namespace bridge {

struct CurrencyInfo {
    const char* code;
    int numeric;
    int exponent;
    const char* name;
};

namespace {

// ISO 4217 active codes (list one, amendment 178). Funds and precious-metal codes that no card
// acquirer settles in are left out; their absence is reported as an unknown currency.
constexpr std::array kCurrencies{
    CurrencyInfo{"AED", 784, 2, "UAE Dirham"},
    CurrencyInfo{"AFN", 971, 2, "Afghani"},
    CurrencyInfo{"ALL", 8, 2, "Lek"},
    CurrencyInfo{"AMD", 51, 2, "Armenian Dram"},
    CurrencyInfo{"ANG", 532, 2, "Netherlands Antillean Guilder"},
    CurrencyInfo{"AOA", 973, 2, "Kwanza"},
    CurrencyInfo{"ARS", 32, 2, "Argentine Peso"},
    CurrencyInfo{"AUD", 36, 2, "Australian Dollar"},
    CurrencyInfo{"AWG", 533, 2, "Aruban Florin"},
    CurrencyInfo{"AZN", 944, 2, "Azerbaijan Manat"},
    CurrencyInfo{"BAM", 977, 2, "Convertible Mark"},
    CurrencyInfo{"BBD", 52, 2, "Barbados Dollar"},
    CurrencyInfo{"BDT", 50, 2, "Taka"},
    CurrencyInfo{"BGN", 975, 2, "Bulgarian Lev"},
    CurrencyInfo{"BHD", 48, 3, "Bahraini Dinar"},
    CurrencyInfo{"BIF", 108, 0, "Burundi Franc"},
    CurrencyInfo{"BMD", 60, 2, "Bermudian Dollar"},
    CurrencyInfo{"BND", 96, 2, "Brunei Dollar"},
    CurrencyInfo{"BOB", 68, 2, "Boliviano"},
    CurrencyInfo{"BRL", 986, 2, "Brazilian Real"},
    CurrencyInfo{"BSD", 44, 2, "Bahamian Dollar"},
    CurrencyInfo{"BTN", 64, 2, "Ngultrum"},
    CurrencyInfo{"BWP", 72, 2, "Pula"},
    CurrencyInfo{"BYN", 933, 2, "Belarusian Ruble"},
    CurrencyInfo{"BZD", 84, 2, "Belize Dollar"},
    CurrencyInfo{"CAD", 124, 2, "Canadian Dollar"},
    CurrencyInfo{"CDF", 976, 2, "Congolese Franc"},
    CurrencyInfo{"CHF", 756, 2, "Swiss Franc"},
    CurrencyInfo{"CLF", 990, 4, "Unidad de Fomento"},
    CurrencyInfo{"CLP", 152, 0, "Chilean Peso"},
    CurrencyInfo{"CNY", 156, 2, "Yuan Renminbi"},
    CurrencyInfo{"COP", 170, 2, "Colombian Peso"},
    CurrencyInfo{"CRC", 188, 2, "Costa Rican Colon"},
    CurrencyInfo{"CUP", 192, 2, "Cuban Peso"},
    CurrencyInfo{"CVE", 132, 2, "Cabo Verde Escudo"},
    CurrencyInfo{"CZK", 203, 2, "Czech Koruna"},
    CurrencyInfo{"DJF", 262, 0, "Djibouti Franc"},
    CurrencyInfo{"DKK", 208, 2, "Danish Krone"},
    CurrencyInfo{"DOP", 214, 2, "Dominican Peso"},
    CurrencyInfo{"DZD", 12, 2, "Algerian Dinar"},
    CurrencyInfo{"EGP", 818, 2, "Egyptian Pound"},
    CurrencyInfo{"ERN", 232, 2, "Nakfa"},
    CurrencyInfo{"ETB", 230, 2, "Ethiopian Birr"},
    CurrencyInfo{"EUR", 978, 2, "Euro"},
    CurrencyInfo{"FJD", 242, 2, "Fiji Dollar"},
    CurrencyInfo{"FKP", 238, 2, "Falkland Islands Pound"},
    CurrencyInfo{"GBP", 826, 2, "Pound Sterling"},
    CurrencyInfo{"GEL", 981, 2, "Lari"},
    CurrencyInfo{"GHS", 936, 2, "Ghana Cedi"},
    CurrencyInfo{"GIP", 292, 2, "Gibraltar Pound"},
    CurrencyInfo{"GMD", 270, 2, "Dalasi"},
    CurrencyInfo{"GNF", 324, 0, "Guinean Franc"},
    CurrencyInfo{"GTQ", 320, 2, "Quetzal"},
    CurrencyInfo{"GYD", 328, 2, "Guyana Dollar"},
    CurrencyInfo{"HKD", 344, 2, "Hong Kong Dollar"},
    CurrencyInfo{"HNL", 340, 2, "Lempira"},
    CurrencyInfo{"HTG", 332, 2, "Gourde"},
    CurrencyInfo{"HUF", 348, 2, "Forint"},
    CurrencyInfo{"IDR", 360, 2, "Rupiah"},
    CurrencyInfo{"ILS", 376, 2, "New Israeli Sheqel"},
    CurrencyInfo{"INR", 356, 2, "Indian Rupee"},
    CurrencyInfo{"IQD", 368, 3, "Iraqi Dinar"},
    CurrencyInfo{"IRR", 364, 2, "Iranian Rial"},
    CurrencyInfo{"ISK", 352, 0, "Iceland Krona"},
    CurrencyInfo{"JMD", 388, 2, "Jamaican Dollar"},
    CurrencyInfo{"JOD", 400, 3, "Jordanian Dinar"},
    CurrencyInfo{"JPY", 392, 0, "Yen"},
    CurrencyInfo{"KES", 404, 2, "Kenyan Shilling"},
    CurrencyInfo{"KGS", 417, 2, "Som"},
    CurrencyInfo{"KHR", 116, 2, "Riel"},
    CurrencyInfo{"KMF", 174, 0, "Comorian Franc"},
    CurrencyInfo{"KPW", 408, 2, "North Korean Won"},
    CurrencyInfo{"KRW", 410, 0, "Won"},
    CurrencyInfo{"KWD", 414, 3, "Kuwaiti Dinar"},
    CurrencyInfo{"KYD", 136, 2, "Cayman Islands Dollar"},
    CurrencyInfo{"KZT", 398, 2, "Tenge"},
    CurrencyInfo{"LAK", 418, 2, "Lao Kip"},
    CurrencyInfo{"LBP", 422, 2, "Lebanese Pound"},
    CurrencyInfo{"LKR", 144, 2, "Sri Lanka Rupee"},
    CurrencyInfo{"LRD", 430, 2, "Liberian Dollar"},
    CurrencyInfo{"LSL", 426, 2, "Loti"},
    CurrencyInfo{"LYD", 434, 3, "Libyan Dinar"},
    CurrencyInfo{"MAD", 504, 2, "Moroccan Dirham"},
    CurrencyInfo{"MDL", 498, 2, "Moldovan Leu"},
    CurrencyInfo{"MGA", 969, 2, "Malagasy Ariary"},
    CurrencyInfo{"MKD", 807, 2, "Denar"},
    CurrencyInfo{"MMK", 104, 2, "Kyat"},
    CurrencyInfo{"MNT", 496, 2, "Tugrik"},
    CurrencyInfo{"MOP", 446, 2, "Pataca"},
    CurrencyInfo{"MRU", 929, 2, "Ouguiya"},
    CurrencyInfo{"MUR", 480, 2, "Mauritius Rupee"},
    CurrencyInfo{"MVR", 462, 2, "Rufiyaa"},
    CurrencyInfo{"MWK", 454, 2, "Malawi Kwacha"},
    CurrencyInfo{"MXN", 484, 2, "Mexican Peso"},
    CurrencyInfo{"MYR", 458, 2, "Malaysian Ringgit"},
    CurrencyInfo{"MZN", 943, 2, "Mozambique Metical"},
    CurrencyInfo{"NAD", 516, 2, "Namibia Dollar"},
    CurrencyInfo{"NGN", 566, 2, "Naira"},
    CurrencyInfo{"NIO", 558, 2, "Cordoba Oro"},
    CurrencyInfo{"NOK", 578, 2, "Norwegian Krone"},
    CurrencyInfo{"NPR", 524, 2, "Nepalese Rupee"},
    CurrencyInfo{"NZD", 554, 2, "New Zealand Dollar"},
    CurrencyInfo{"OMR", 512, 3, "Rial Omani"},
    CurrencyInfo{"PAB", 590, 2, "Balboa"},
    CurrencyInfo{"PEN", 604, 2, "Sol"},
    CurrencyInfo{"PGK", 598, 2, "Kina"},
    CurrencyInfo{"PHP", 608, 2, "Philippine Peso"},
    CurrencyInfo{"PKR", 586, 2, "Pakistan Rupee"},
    CurrencyInfo{"PLN", 985, 2, "Zloty"},
    CurrencyInfo{"PYG", 600, 0, "Guarani"},
    CurrencyInfo{"QAR", 634, 2, "Qatari Rial"},
    CurrencyInfo{"RON", 946, 2, "Romanian Leu"},
    CurrencyInfo{"RSD", 941, 2, "Serbian Dinar"},
    CurrencyInfo{"RUB", 643, 2, "Russian Ruble"},
    CurrencyInfo{"RWF", 646, 0, "Rwanda Franc"},
    CurrencyInfo{"SAR", 682, 2, "Saudi Riyal"},
    CurrencyInfo{"SBD", 90, 2, "Solomon Islands Dollar"},
    CurrencyInfo{"SCR", 690, 2, "Seychelles Rupee"},
    CurrencyInfo{"SDG", 938, 2, "Sudanese Pound"},
    CurrencyInfo{"SEK", 752, 2, "Swedish Krona"},
    CurrencyInfo{"SGD", 702, 2, "Singapore Dollar"},
    CurrencyInfo{"SHP", 654, 2, "Saint Helena Pound"},
    CurrencyInfo{"SLE", 925, 2, "Leone"},
    CurrencyInfo{"SOS", 706, 2, "Somali Shilling"},
    CurrencyInfo{"SRD", 968, 2, "Surinam Dollar"},
    CurrencyInfo{"SSP", 728, 2, "South Sudanese Pound"},
    CurrencyInfo{"STN", 930, 2, "Dobra"},
    CurrencyInfo{"SVC", 222, 2, "El Salvador Colon"},
    CurrencyInfo{"SYP", 760, 2, "Syrian Pound"},
    CurrencyInfo{"SZL", 748, 2, "Lilangeni"},
    CurrencyInfo{"THB", 764, 2, "Baht"},
    CurrencyInfo{"TJS", 972, 2, "Somoni"},
    CurrencyInfo{"TMT", 934, 2, "Turkmenistan New Manat"},
    CurrencyInfo{"TND", 788, 3, "Tunisian Dinar"},
    CurrencyInfo{"TOP", 776, 2, "Pa'anga"},
    CurrencyInfo{"TRY", 949, 2, "Turkish Lira"},
    CurrencyInfo{"TTD", 780, 2, "Trinidad and Tobago Dollar"},
    CurrencyInfo{"TWD", 901, 2, "New Taiwan Dollar"},
    CurrencyInfo{"TZS", 834, 2, "Tanzanian Shilling"},
    CurrencyInfo{"UAH", 980, 2, "Hryvnia"},
    CurrencyInfo{"UGX", 800, 0, "Uganda Shilling"},
    CurrencyInfo{"USD", 840, 2, "US Dollar"},
    CurrencyInfo{"UYU", 858, 2, "Peso Uruguayo"},
    CurrencyInfo{"UYW", 927, 4, "Unidad Previsional"},
    CurrencyInfo{"UZS", 860, 2, "Uzbekistan Sum"},
    CurrencyInfo{"VED", 926, 2, "Bolivar Soberano (digital)"},
    CurrencyInfo{"VES", 928, 2, "Bolivar Soberano"},
    CurrencyInfo{"VND", 704, 0, "Dong"},
    CurrencyInfo{"VUV", 548, 0, "Vatu"},
    CurrencyInfo{"WST", 882, 2, "Tala"},
    CurrencyInfo{"XAF", 950, 0, "CFA Franc BEAC"},
    CurrencyInfo{"XCD", 951, 2, "East Caribbean Dollar"},
    CurrencyInfo{"XOF", 952, 0, "CFA Franc BCEAO"},
    CurrencyInfo{"XPF", 953, 0, "CFP Franc"},
    CurrencyInfo{"YER", 886, 2, "Yemeni Rial"},
    CurrencyInfo{"ZAR", 710, 2, "Rand"},
    CurrencyInfo{"ZMW", 967, 2, "Zambian Kwacha"},
    CurrencyInfo{"ZWL", 932, 2, "Zimbabwe Dollar"},
};

static_assert(std::ranges::is_sorted(kCurrencies, [](const CurrencyInfo& a, const CurrencyInfo& b) {
    return std::strcmp(a.code, b.code) < 0;
}));

const CurrencyInfo* find(QStringView code)
{
    if (code.size() != 3) {
        return nullptr;
    }
    char key[4] = {};
    for (int i = 0; i < 3; ++i) {
        const QChar c = code.at(i);
        if (c.unicode() > 0x7f || !c.isLetter()) {
            return nullptr;
        }
        key[i] = static_cast<char>(c.toUpper().unicode());
    }
    const auto* it =
        std::lower_bound(kCurrencies.begin(), kCurrencies.end(), key,
                         [](const CurrencyInfo& info, const char* k) { return std::strcmp(info.code, k) < 0; });
    if (it != kCurrencies.end() && std::strcmp(it->code, key) == 0) {
        return &*it;
    }
    return nullptr;
}

} // namespace

Result<Currency> Currency::fromCode(QStringView code)
{
    if (const CurrencyInfo* info = find(code.trimmed())) {
        return Currency(info);
    }
    return fail(Error::permanent(
        QStringLiteral("currency.unknown"),
        QCoreApplication::translate(
            "bridge::Currency",
            "\"%1\" is not an ISO 4217 currency code. Use a three-letter code such as GBP, EUR or USD.")
            .arg(code.toString())));
}

Currency Currency::of(const char* code)
{
    const CurrencyInfo* info = find(QString::fromLatin1(code));
    if (info == nullptr) {
        qFatal("Currency::of: unknown currency code %s", code);
    }
    return Currency(info);
}

QList<Currency> Currency::all()
{
    QList<Currency> result;
    result.reserve(static_cast<qsizetype>(kCurrencies.size()));
    for (const CurrencyInfo& info : kCurrencies) {
        result.append(Currency(&info));
    }
    return result;
}

QString Currency::code() const
{
    return QString::fromLatin1(m_info->code);
}
int Currency::numericCode() const
{
    return m_info->numeric;
}
int Currency::exponent() const
{
    return m_info->exponent;
}
QString Currency::name() const
{
    return QString::fromLatin1(m_info->name);
}

} // namespace bridge
