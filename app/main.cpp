// The shardscope executable: the workbench, or with --serve a headless
// DynamoDB-compatible endpoint. Everything is in Application.
#include "application.h"

int main(int argc, char* argv[]) {
    shardscope::app::Application application(argc, argv);
    return application.exec();
}
