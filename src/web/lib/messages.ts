/**
 * Chinese messages for the API's stable error codes. The UI matches codes, never the server's
 * message text; the server's message is shown only when no wording is known for its code
 * (e.g. the detail of a VALIDATION_FAILED).
 */
import type { ErrorCode } from '../../domain/errors.ts';
import { ApiError } from '../api/client.ts';

const MESSAGES: Partial<Record<ErrorCode | 'NETWORK', string>> = {
  INVALID_CREDENTIALS: '用户名或密码错误',
  RATE_LIMITED: '尝试次数过多，请稍后再试',
  UNAUTHENTICATED: '登录已失效，请重新登录',
  FORBIDDEN: '没有权限执行此操作',
  CSRF_REJECTED: '请求已失效，请刷新页面后重试',
  NOT_FOUND: '记录不存在或无权查看',
  CONFLICT: '记录已被他人修改，请刷新后重试',
  DUPLICATE: '该统一社会信用代码已登记',
  INVALID_CREDIT_CODE: '统一社会信用代码校验不通过',
  CERTIFICATE_INVALID: '执法证无效或已过期',
  INTERNAL: '服务器开小差了，请稍后重试',
  NETWORK: '无法连接服务器，请检查网络后重试',
};

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const known = MESSAGES[error.code as ErrorCode];
    if (error.code === 'VALIDATION_FAILED') return error.message ? `提交的内容有误：${error.message}` : '提交的内容有误，请检查后重试';
    return known ?? (error.message || `请求失败（${error.status}）`);
  }
  return '发生未知错误，请刷新页面后重试';
}
