// Helpers of the screenshot tests: a check that a render is not blank, and
// saving a screenshot into $SHARDSCOPE_SCREENSHOT_DIR when it is set (the
// README's docs/screenshots are made that way under Xvfb).
#pragma once

#include <QDir>
#include <QImage>
#include <QSet>
#include <QString>
#include <QTest>

namespace shardscope::ui::test {

// Distinct colours in an image (every third pixel each way): a blank or
// one-colour render has very few.
inline int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Saves `image` as `name` in $SHARDSCOPE_SCREENSHOT_DIR; does nothing when it
// is unset. Fails the calling test when the file cannot be written.
inline void saveScreenshot(const QImage& image, const char* name) {
    const QString dir = qEnvironmentVariable("SHARDSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(QLatin1String(name))));
}

}  // namespace shardscope::ui::test
