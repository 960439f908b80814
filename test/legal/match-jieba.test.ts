import { describe, expect, it } from 'vitest';
import { createJiebaTokenizer } from '../../src/server/text/jieba.ts';

describe('the jieba tokenizer', () => {
  const sut = createJiebaTokenizer();

  it('keeps domain words whole', () => {
    const tokens = sut('配电箱未安装漏电保护器，电线私拉乱接，有限空间未设可燃气体报警装置');
    expect(tokens).toEqual(expect.arrayContaining(['配电箱', '漏电保护器', '私拉乱接', '有限空间', '可燃气体报警装置']));
  });

  it('keeps synonyms of the matcher whole so they can be folded', () => {
    expect(sut('安全出口被锁死')).toContain('锁死');
  });
});
