// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Driver for fuzz targets when libFuzzer is not available (g++ builds): feeds every corpus file,
// then a fixed number of deterministic mutations of each (bit flips, truncations, splices), to
// LLVMFuzzerTestOneInput. A crash or sanitizer report fails the test.
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {
void run(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), static_cast<size_t>(input.size()));
}
} // namespace

int main(int argc, char* argv[])
{
    std::vector<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                corpus.push_back(file.readAll());
            }
        }
        if (QFileInfo(QString::fromLocal8Bit(argv[i])).isFile()) {
            QFile file(QString::fromLocal8Bit(argv[i]));
            if (file.open(QIODevice::ReadOnly)) {
                corpus.push_back(file.readAll());
            }
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "no corpus files found in the given paths\n");
        return 1;
    }
    std::mt19937_64 random(20261121);
    long runs = 0;
    run(QByteArray());
    for (const QByteArray& seed : corpus) {
        run(seed);
        ++runs;
        for (int m = 0; m < 300; ++m) {
            QByteArray mutated = seed;
            const int edits = 1 + static_cast<int>(random() % 8);
            for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
                const auto at = static_cast<qsizetype>(random() % static_cast<quint64>(mutated.size()));
                switch (random() % 5) {
                case 0:
                    mutated[at] = static_cast<char>(mutated[at] ^ (1 << (random() % 8)));
                    break;
                case 1:
                    mutated.truncate(at);
                    break;
                case 2:
                    mutated.insert(at, corpus[random() % corpus.size()].left(64));
                    break;
                case 3:
                    mutated.remove(at, static_cast<qsizetype>(1 + random() % 16));
                    break;
                default:
                    mutated[at] = static_cast<char>(random() % 256);
                    break;
                }
            }
            run(mutated);
            ++runs;
        }
    }
    std::printf("%ld inputs run without a crash\n", runs);
    return 0;
}
