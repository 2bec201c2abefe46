// applicationIcon(): Shardscope's mark, at every size the resources hold.
//
// The icon is drawn once as resources/icons/shardscope.svg and shipped as PNG
// renderings (16-256 px), because Qt's SVG image plugin is not a dependency.
//
// Thread-safety: call from the GUI thread (QIcon is a GUI type).
#pragma once

#include <QIcon>

namespace shardscope::ui {

QIcon applicationIcon();

// A toolbar/menu icon from the desktop theme, or Shardscope's own rendering of
// `resourceName` (":/icons/actions/<resourceName>.png") when the theme has none.
QIcon actionIcon(const QString& themeName, const QString& resourceName);

}  // namespace shardscope::ui
