# The seed's handler: the Python Lambda handler this project started from, verbatim; only its
# indentation, lost in the text it came in, is restored. Used solely to produce tests/bench/fixtures/seed-python-publishes.json.
import json
import boto3
sns_client = boto3.client('sns')
SUCCESS_TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:my-lambda-success-topic'
FAILURE_TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:my-lambda-failure-topic'
def lambda_handler(event, context):
    for record in event['Records']:
        try:
            message_body = record['body']
            print(f"Processing message: {message_body}")
            # Simulate processing logic
            if "error" in message_body.lower():
                raise ValueError("Simulated processing error")
            # If successful, publish to success topic
            sns_client.publish(
                TopicArn=SUCCESS_TOPIC_ARN,
                Message=json.dumps({
                    'message_id': record['messageId'],
                    'body': message_body,
                    'status': 'SUCCESS'
                })
            )
            print(f"Successfully processed message ID: {record['messageId']}")
        except Exception as e:
            # If failed, publish to failure topic
            sns_client.publish(
                TopicArn=FAILURE_TOPIC_ARN,
                Message=json.dumps({
                    'message_id': record.get('messageId'),
                    'body': message_body,
                    'error': str(e),
                    'status': 'FAILURE'
                })
            )
            print(f"Failed to process message ID: {record.get('messageId')}. Error: {e}")
            # Depending on your SQS configuration, you might want to re-raise
            # or handle the error to control visibility timeout.
            # For this example, we'll let Lambda Destinations handle the routing.
    return {
        'statusCode': 200,
        'body': json.dumps('Processed records.')
    }
