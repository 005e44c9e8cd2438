/** An error the API reports to its client as JSON with this HTTP status; the message is one clear line. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { status: number; message: string };
}

export function errorBody(status: number, message: string): ErrorBody {
  return { error: { status, message } };
}
