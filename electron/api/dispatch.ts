import { z } from 'zod';
import { contract, isMethod, type Method, type Output, type ParsedInput } from './contract';
import { AppError, type ApiErrorBody, type Envelope } from './errors';

// Validation messages reach consultants: Chinese first.
z.config(z.locales.zhCN());

export type Handler<M extends Method, Ctx> = (
  input: ParsedInput<M>,
  ctx: Ctx,
) => Output<M> | Promise<Output<M>>;
export type Handlers<Ctx> = { [M in Method]: Handler<M, Ctx> };

export interface IssueDetail {
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

/** The union branch the caller evidently meant: the fewest problems, then the one that got furthest. */
function closest(branches: readonly (readonly Issue[])[]): readonly Issue[] {
  const depth = (issues: readonly Issue[]) => Math.max(0, ...issues.map((i) => i.path.length));
  return branches.reduce((best, branch) =>
    branch.length < best.length || (branch.length === best.length && depth(branch) > depth(best))
      ? branch
      : best,
  );
}

/** A failed union says only "无效输入"; name the problem of the branch the caller meant instead. */
function unfoldUnions(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const meant = closest(issue.errors);
    return unfoldUnions(meant.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

export function describeIssues(error: z.ZodError): IssueDetail[] {
  return unfoldUnions(error.issues)
    .slice(0, 20)
    .map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    }));
}

function invalidInput(method: string, error: z.ZodError): ApiErrorBody {
  const issues = describeIssues(error);
  const first = issues[0];
  return {
    code: 'invalid_input',
    message: `参数无效（${method}）：${first ? `${first.path} ${first.message}` : ''}`,
    details: { issues },
  };
}

/** Maps anything thrown by a handler to a typed error; unexpected errors never leak stacks. */
export function toErrorBody(error: unknown, log: (e: unknown) => void = console.error): ApiErrorBody {
  if (error instanceof AppError) return error.toBody();
  log(error);
  return { code: 'internal', message: '内部错误，请查看日志' };
}

/**
 * The one path every call takes, whatever the transport: method lookup, input validation,
 * the handler, then output validation (a handler returning the wrong shape is a bug we want
 * to see as an error, not as a confused UI).
 */
export async function dispatch<Ctx>(
  handlers: Handlers<Ctx>,
  ctx: Ctx,
  methodName: string,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  if (!isMethod(methodName)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `未知的方法：${methodName.slice(0, 80)}` },
    };
  }
  const spec = contract[methodName];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: invalidInput(methodName, parsed.error) };
  try {
    const handler = handlers[methodName] as (input: unknown, ctx: Ctx) => unknown;
    const value = await handler(parsed.data, ctx);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      return {
        ok: false,
        error: toErrorBody(new Error(`output of ${methodName}: ${checked.error.message}`)),
      };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}
