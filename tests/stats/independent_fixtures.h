#pragma once
// The statistics computed by independent implementations (scipy, statsmodels; tests/stats/gen_independent_fixtures.py), read
// once. The including target defines VR_STATS_FIXTURES as the JSON file's path.
#include "protocol/json.h"

#include <QFile>
#include <QtGlobal>

namespace vr::test {

inline const Json& independentFixtures()
{
    static const Json data = [] {
        QFile file(QStringLiteral(VR_STATS_FIXTURES));
        if (!file.open(QIODevice::ReadOnly)) qFatal("cannot read %s", VR_STATS_FIXTURES);
        return Json::parse(file.readAll().toStdString());
    }();
    return data;
}

} // namespace vr::test
