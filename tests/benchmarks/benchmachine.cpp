// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "benchmachine.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace Bench
{

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()).section(u' ', 0, 2) : u"unknown"_s;
}

double cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

double peakMemoryMiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
#else
    return -1;
#endif
}

QString machineLine(const QString &buildType)
{
    return u"%1, %2 logical cores, %3, %4 build, load %5 (other processes share the cores)"_s.arg(
        cpuModel(), QString::number(QThread::idealThreadCount()), QSysInfo::prettyProductName(), buildType, loadAverage());
}

QString figureLine(const QString &key, double value)
{
    return u"figure\t%1\t%2"_s.arg(key, QString::number(value, 'g', 8));
}

} // namespace Bench
