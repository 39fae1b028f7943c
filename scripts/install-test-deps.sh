#!/usr/bin/env bash
# Installs what the test suite needs from Debian: a browser for e2e, LibreOffice (with python3-uno, which drives it for the review-merge tests) and poppler for
# measuring exported .docx, CJK fonts, python3-docx, python3-openpyxl and LibreOffice Calc (ledger fixtures), Java for the Nu HTML checker, pandoc, xvfb.
# Idempotent: installs only what is missing. Also writes the fontconfig alias file (spec §2.3).
set -euo pipefail
pkgs=(chromium xvfb libreoffice-writer-nogui libreoffice-calc-nogui python3-uno poppler-utils fonts-noto-cjk fonts-arphic-ukai
      fonts-wqy-zenhei python3-docx python3-openpyxl default-jre-headless pandoc libxml2-utils)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "安装测试依赖：${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
here="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$here/test/.fontconfig"
cat > "$here/test/.fontconfig/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正仿宋_GBK</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>楷体</family><prefer><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>方正楷体_GBK</family><prefer><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正黑体_GBK</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋_GBK</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
XML
