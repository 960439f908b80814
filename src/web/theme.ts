import type { ThemeConfig } from 'antd';

/** Calm and dense: a muted government blue, soft greys, compact-ish spacing for long days. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fa8',
    colorInfo: '#1d5fa8',
    colorBgLayout: '#f3f5f8',
    colorTextBase: '#1f2937',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { itemBg: 'transparent', itemSelectedBg: '#e8f0fa', itemHeight: 42 },
    Table: { headerBg: '#f7f8fa', rowHoverBg: '#f2f7fd' },
    Card: { headerFontSize: 15 },
  },
};
