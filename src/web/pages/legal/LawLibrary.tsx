import { CopyOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Col, Descriptions, Empty, Input, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatRefCn } from '../../../domain/legal/reference.ts';
import type { ArticleView, LawListItem, LawStructureView, SearchResult } from '../../../domain/views/legal.ts';
import { query } from '../../api/client.ts';
import { errorMessage } from '../../lib/messages.ts';
import { useApi } from '../../lib/useApi.ts';
import { Marked } from './format.tsx';

const LEVEL_COLOR: Record<string, string> = { 法律: 'red', 行政法规: 'blue', 部门规章: 'cyan', 地方性法规: 'green', 规范性文件: 'default', 标准: 'purple' };

const MODE_NOTE: Record<SearchResult['mode'], string> = {
  all: '',
  phrase: '',
  any: '没有同时包含全部检索词的条文，以下条文包含部分检索词。',
  none: '没有找到相关条文。',
};

/** The law library tab: the list of laws, a law's text by chapter, and full-text search. */
export default function LawLibrary() {
  const [params, setParams] = useSearchParams();
  const laws = useApi<{ items: LawListItem[] }>('/api/legal/laws');
  const items = laws.data?.items ?? [];
  const q = params.get('q') ?? '';
  const scope = params.get('in') ?? undefined;
  const slug = params.get('law') ?? items[0]?.slug;
  const article = Number(params.get('article')) || undefined;
  const [text, setText] = useState(q);
  // The URL's query changed by other means (back button, a search result opened): show it in the box.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }

  const go = (changes: Record<string, string | number | undefined>, push = false) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: !push },
    );

  if (laws.status === 'error') {
    return (
      <Alert type="error" showIcon title="法律法规加载失败" description={errorMessage(laws.error)}
        action={<Button size="small" icon={<ReloadOutlined />} onClick={laws.reload}>重试</Button>} />
    );
  }
  if (laws.status === 'ready' && items.length === 0) {
    return (
      <Empty description={<>法律法规库为空。请管理员导入法规文本：<span className="mono">safelaw laws import 目录</span>，或启动时设置 <span className="mono">SAFELAW_LAWS_DIR</span>。</>} />
    );
  }

  return (
    <>
      <Space wrap size={[12, 12]} style={{ marginBottom: 16 }}>
        <Input
          allowClear
          prefix={<SearchOutlined style={{ color: '#9ca3af' }} />}
          placeholder="检索条文，如：疏散通道、主要负责人 安全生产责任制"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value === '') go({ q: undefined });
          }}
          onPressEnter={() => go({ q: text.trim() }, true)}
          style={{ width: 380 }}
          data-testid="law-search"
        />
        <Select
          allowClear
          placeholder="全部法律法规"
          value={scope}
          onChange={(value: string | undefined) => go({ in: value })}
          options={items.map((l) => ({ value: l.slug, label: l.short }))}
          style={{ width: 180 }}
        />
        <Button type="primary" onClick={() => go({ q: text.trim() }, true)}>检索</Button>
      </Space>

      <Row gutter={24} wrap={false}>
        <Col flex="260px">
          {laws.status === 'loading' && !laws.data ? (
            <Skeleton active />
          ) : (
            <nav aria-label="法律法规列表" style={{ position: 'sticky', top: 16 }}>
              {items.map((l) => {
                const active = l.slug === slug && !q;
                return (
                  <button
                    key={l.slug}
                    type="button"
                    onClick={() => go({ law: l.slug, article: undefined, q: undefined }, true)}
                    style={{
                      display: 'block', width: '100%', textAlign: 'left', border: 0, cursor: 'pointer', borderRadius: 6,
                      padding: '8px 10px', marginBottom: 4, background: active ? '#e8f0fb' : 'transparent',
                    }}
                    data-testid={`law-${l.slug}`}
                  >
                    <div style={{ fontWeight: active ? 600 : 500, color: '#1f2937' }}>{l.short}</div>
                    <div style={{ fontSize: 12, color: '#6b7280', marginTop: 2 }}>
                      <Tag color={LEVEL_COLOR[l.level] ?? 'default'} style={{ marginInlineEnd: 6 }}>{l.level}</Tag>
                      {l.version.label} · {l.articleCount} 条
                    </div>
                  </button>
                );
              })}
            </nav>
          )}
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          {q ? (
            <SearchResults q={q} scope={scope} onOpen={(lawSlug, n) => go({ law: lawSlug, article: n, q: undefined }, true)} />
          ) : slug ? (
            <LawText slug={slug} article={article} onSelect={(n) => go({ article: n })} />
          ) : null}
        </Col>
      </Row>
    </>
  );
}

function SearchResults({ q, scope, onOpen }: { q: string; scope: string | undefined; onOpen: (slug: string, article: number) => void }) {
  const result = useApi<SearchResult>('/api/legal/search' + query({ q, law: scope, limit: 50 }));
  if (result.status === 'error') return <Alert type="error" showIcon title="检索失败" description={errorMessage(result.error)} />;
  const data = result.data;
  if (!data) return <Skeleton active />;
  return (
    <div data-testid="law-search-results">
      <Typography.Paragraph type="secondary">
        “{data.q}”共 {data.total} 条{data.total > data.items.length ? `，显示前 ${data.items.length} 条` : ''}。{MODE_NOTE[data.mode]}
      </Typography.Paragraph>
      {data.items.map((hit) => (
        <div key={hit.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Button type="link" style={{ padding: 0, height: 'auto', fontWeight: 600 }} onClick={() => onOpen(hit.law.slug, hit.article)}>
            {hit.citation}
          </Button>
          <div style={{ color: '#374151', marginTop: 4, lineHeight: 1.8 }}>
            <Marked text={hit.snippet} marks={hit.marks} />
          </div>
        </div>
      ))}
    </div>
  );
}

function ArticleBlock({ article, selected, title, onSelect }: { article: ArticleView; selected: boolean; title: string; onSelect: () => void }) {
  const { message } = AntApp.useApp();
  const copy = () => {
    const citation = formatRefCn({ law: title, article: article.number });
    void navigator.clipboard?.writeText(`${citation}：${article.text.replace(/\n/g, '')}`).then(
      () => message.success(`已复制 ${citation}`),
      () => message.error('复制失败'),
    );
  };
  return (
    <section
      id={`article-${article.number}`}
      onClick={onSelect}
      style={{ padding: '8px 12px', margin: '0 -12px', borderRadius: 6, background: selected ? '#fff7e0' : undefined, cursor: 'pointer', lineHeight: 1.9 }}
      data-testid={`article-${article.number}`}
    >
      {article.paragraphs.map((p) => (
        <div key={p.number} style={{ textIndent: '2em' }}>
          {p.number === 1 && <strong style={{ marginInlineEnd: '1em' }}>{article.label}</strong>}
          {p.text}
          {p.items.map((i) => (
            <div key={i.number} style={{ textIndent: '2em' }}>{i.marker}{i.text}</div>
          ))}
        </div>
      ))}
      {selected && (
        <Button size="small" type="link" icon={<CopyOutlined />} onClick={(e) => { e.stopPropagation(); copy(); }} style={{ paddingInline: 0 }}>
          复制条文及引用
        </Button>
      )}
    </section>
  );
}

function LawText({ slug, article, onSelect }: { slug: string; article: number | undefined; onSelect: (n: number) => void }) {
  const law = useApi<LawStructureView>(`/api/legal/laws/${encodeURIComponent(slug)}`);
  const data = law.data?.slug === slug ? law.data : undefined;

  useEffect(() => {
    if (!data || article === undefined) return;
    document.getElementById(`article-${article}`)?.scrollIntoView({ block: 'center' });
  }, [data, article]);

  if (law.status === 'error') return <Alert type="error" showIcon title="法规加载失败" description={errorMessage(law.error)} />;
  if (!data) return <Skeleton active paragraph={{ rows: 12 }} />;

  const v = data.version;
  const outside = data.articles.filter((a) => a.chapter === null);
  return (
    <article>
      <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>{data.title}</Typography.Title>
      {v.history && <Typography.Paragraph type="secondary" style={{ textAlign: 'center', whiteSpace: 'pre-line' }}>（{v.history}）</Typography.Paragraph>}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        style={{ marginBottom: 8 }}
        items={[
          { key: 'level', label: '效力级别', children: data.level },
          { key: 'issuer', label: '制定机关', children: data.issuer },
          { key: 'status', label: '时效性', children: data.status },
          { key: 'version', label: '版本', children: v.docNumber && v.docNumber !== v.label ? `${v.label}（${v.docNumber}）` : v.label },
          { key: 'adopted', label: '通过日期', children: v.adopted },
          { key: 'effective', label: '施行日期', children: v.effective },
          ...(v.expires ? [{ key: 'expires', label: '失效日期', children: v.expires }] : []),
          { key: 'articles', label: '条文数', children: `${v.articleCount} 条` },
        ]}
      />
      {v.note && <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>说明：{v.note}</Typography.Paragraph>}
      {data.chapters.length > 0 && (
        <Space wrap size={[6, 6]} style={{ marginBottom: 16 }}>
          {data.chapters.map((c) => (
            <Button key={c.number} size="small" onClick={() => document.getElementById(`chapter-${c.number}`)?.scrollIntoView({ block: 'start' })}>
              {c.label} {c.title}
            </Button>
          ))}
        </Space>
      )}
      {outside.map((a) => (
        <ArticleBlock key={a.number} article={a} title={data.title} selected={a.number === article} onSelect={() => onSelect(a.number)} />
      ))}
      {data.chapters.map((c) => (
        <div key={c.number}>
          <Typography.Title level={5} id={`chapter-${c.number}`} style={{ textAlign: 'center', margin: '20px 0 8px' }}>
            {c.label}　{c.title}
          </Typography.Title>
          {data.articles
            .filter((a) => a.chapter === c.number)
            .map((a, i, list) => {
              const section = a.section !== null && (i === 0 || list[i - 1]?.section !== a.section) ? c.sections.find((s) => s.number === a.section) : undefined;
              return (
                <div key={a.number}>
                  {section && <div style={{ textAlign: 'center', fontWeight: 600, margin: '12px 0 4px' }}>{section.label}　{section.title}</div>}
                  <ArticleBlock article={a} title={data.title} selected={a.number === article} onSelect={() => onSelect(a.number)} />
                </div>
              );
            })}
        </div>
      ))}
    </article>
  );
}
