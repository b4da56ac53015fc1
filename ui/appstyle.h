#pragma once

class QApplication;

namespace rmdesk {

// Fusion with one restrained accent colour, and Noto Sans CJK for Chinese text when installed.
void applyAppStyle(QApplication& app);

} // namespace rmdesk
