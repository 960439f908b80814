import { CameraOutlined, CheckCircleFilled, CloseCircleFilled, DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Aggregate, FileView } from '../api.ts';
import { uploadEvidence, useWorkflowMeta } from '../api.ts';
import { fileSize, workflowErrorMessage } from '../format.ts';

const DEFAULT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

interface Item {
  uid: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'error';
  percent: number;
  error?: string;
  file?: FileView;
  preview?: string;
}

let counter = 0;

/**
 * 现场照片 / 证据: picks photos (the phone's camera on a mobile) or PDFs, uploads each at once to
 * the record with a progress bar, and explains a refused file (wrong type, too large) next to it.
 * The value is the list of stored file ids.
 */
export function EvidenceUpload({
  aggregate,
  id,
  onChange,
  onUploaded,
  testId = 'evidence-upload',
}: {
  aggregate: Aggregate;
  id: string;
  onChange?: (fileIds: string[]) => void;
  onUploaded?: (file: FileView) => void;
  testId?: string;
}) {
  const meta = useWorkflowMeta();
  const types = meta?.upload.types ?? DEFAULT_TYPES;
  const maxBytes = meta?.upload.maxBytes ?? DEFAULT_MAX_BYTES;
  const [items, setItems] = useState<Item[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  const report = useEffectEvent((ids: string[]) => onChange?.(ids));
  const doneIds = items.filter((i) => i.status === 'done' && i.file).map((i) => i.file!.id).join(',');
  useEffect(() => {
    report(doneIds ? doneIds.split(',') : []);
  }, [doneIds]);

  useEffect(() => {
    const map = controllers.current;
    return () => {
      for (const c of map.values()) c.abort();
    };
  }, []);

  const patch = (uid: string, changes: Partial<Item>) => setItems((list) => list.map((i) => (i.uid === uid ? { ...i, ...changes } : i)));

  const add = (file: File) => {
    const uid = `f${++counter}`;
    const preview = file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined;
    const base: Item = { uid, name: file.name, size: file.size, status: 'uploading', percent: 0, ...(preview ? { preview } : {}) };
    if (!types.includes(file.type)) {
      setItems((list) => [...list, { ...base, status: 'error', error: '仅支持 JPG、PNG、WebP 图片或 PDF 文件' }]);
      return;
    }
    if (file.size > maxBytes) {
      setItems((list) => [...list, { ...base, status: 'error', error: `文件超过 ${fileSize(maxBytes)} 上限` }]);
      return;
    }
    if (file.size === 0) {
      setItems((list) => [...list, { ...base, status: 'error', error: '文件是空的' }]);
      return;
    }
    setItems((list) => [...list, base]);
    const controller = new AbortController();
    controllers.current.set(uid, controller);
    uploadEvidence(aggregate, id, file, (p) => patch(uid, { percent: Math.min(99, Math.round((p.loaded / Math.max(1, p.total)) * 100)) }), controller.signal).then(
      (stored) => {
        controllers.current.delete(uid);
        patch(uid, { status: 'done', percent: 100, file: stored });
        onUploaded?.(stored);
      },
      (error: unknown) => {
        controllers.current.delete(uid);
        if (error instanceof DOMException && error.name === 'AbortError') return;
        patch(uid, { status: 'error', error: workflowErrorMessage(error) });
      },
    );
  };

  const remove = (uid: string) => {
    controllers.current.get(uid)?.abort();
    setItems((list) => list.filter((i) => i.uid !== uid));
  };

  return (
    <div data-testid={testId}>
      <Upload
        multiple
        accept={types.join(',')}
        showUploadList={false}
        beforeUpload={(file) => {
          add(file);
          return false;
        }}
      >
        <Button icon={<CameraOutlined />} data-testid={`${testId}-button`}>
          拍照或选择文件
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        JPG、PNG、WebP 图片或 PDF，单个不超过 {fileSize(maxBytes)}
      </Typography.Text>
      {items.length > 0 && (
        <Space orientation="vertical" size={8} style={{ width: '100%', marginTop: 8 }}>
          {items.map((item) => (
            <div
              key={item.uid}
              data-testid="evidence-item"
              data-status={item.status}
              style={{
                display: 'flex',
                gap: 10,
                alignItems: 'center',
                padding: 8,
                border: `1px solid ${item.status === 'error' ? '#f3c2bd' : '#e5e7eb'}`,
                background: item.status === 'error' ? '#fdf3f2' : '#fafbfc',
                borderRadius: 6,
              }}
            >
              {item.preview && item.status !== 'error' ? (
                <img src={item.preview} alt="" style={{ width: 44, height: 44, objectFit: 'cover', borderRadius: 4, flex: 'none' }} />
              ) : (
                <PaperClipOutlined style={{ fontSize: 20, color: '#9ca3af', width: 44, flex: 'none' }} />
              )}
              <div style={{ flex: 1, minWidth: 0 }}>
                <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                  {item.status === 'done' && <CheckCircleFilled style={{ color: '#3f8f5a' }} />}
                  {item.status === 'error' && <CloseCircleFilled style={{ color: '#c0392b' }} />}
                  <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
                    {item.name}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                    {fileSize(item.size)}
                  </Typography.Text>
                </div>
                {item.status === 'uploading' && <Progress percent={item.percent} size="small" status="active" />}
                {item.status === 'error' && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="evidence-error">
                    未上传：{item.error}
                  </Typography.Text>
                )}
              </div>
              <Button type="text" size="small" icon={<DeleteOutlined />} aria-label="移除" onClick={() => remove(item.uid)} />
            </div>
          ))}
        </Space>
      )}
    </div>
  );
}
